"""The general ledger's pure rules: the chart's codes, entries, posting rules, periods."""
