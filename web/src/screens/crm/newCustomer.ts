// A customer registered in crm: the form's values -> crm's RegisterCustomerBody. Blank
// optional fields are left out; a contact only when its name is given (the API judges the rest).
export interface NewCustomerValues {
  code?: string;
  name?: string;
  customer_group?: string;
  currency?: string;
  sales_owner?: string;
  tags?: string[];
  contact_name?: string;
  contact_phone?: string;
  contact_email?: string;
}

export interface NewCustomerBody {
  code: string;
  name: string;
  customer_group: string;
  currency: string;
  sales_owner?: string;
  tags?: string[];
  contacts?: { name: string; phone?: string; email?: string }[];
}

const text = (v: string | undefined): string => v?.trim() ?? "";

export function newCustomerBody(v: NewCustomerValues): NewCustomerBody {
  const tags = (v.tags ?? []).map((tag) => tag.trim()).filter((tag) => tag !== "");
  const contact = text(v.contact_name)
    ? {
        name: text(v.contact_name),
        ...(text(v.contact_phone) ? { phone: text(v.contact_phone) } : {}),
        ...(text(v.contact_email) ? { email: text(v.contact_email) } : {}),
      }
    : null;
  return {
    code: text(v.code),
    name: text(v.name),
    customer_group: text(v.customer_group),
    currency: text(v.currency).toUpperCase(),
    ...(text(v.sales_owner) ? { sales_owner: text(v.sales_owner) } : {}),
    ...(tags.length ? { tags } : {}),
    ...(contact ? { contacts: [contact] } : {}),
  };
}
