-- One role and database per service, as deploy/local/postgres.sh makes them.
CREATE ROLE jxc_purchasing LOGIN PASSWORD 'jxc_purchasing';
CREATE DATABASE jxc_purchasing OWNER jxc_purchasing;
CREATE ROLE jxc_sales LOGIN PASSWORD 'jxc_sales';
CREATE DATABASE jxc_sales OWNER jxc_sales;
CREATE ROLE jxc_inventory LOGIN PASSWORD 'jxc_inventory';
CREATE DATABASE jxc_inventory OWNER jxc_inventory;
CREATE ROLE jxc_finance LOGIN PASSWORD 'jxc_finance';
CREATE DATABASE jxc_finance OWNER jxc_finance;
CREATE ROLE jxc_crm LOGIN PASSWORD 'jxc_crm';
CREATE DATABASE jxc_crm OWNER jxc_crm;
