import { CampaignsScreen } from "../screens/crm/Campaigns";
import { CustomerScreen } from "../screens/crm/Customer";
import { CustomersScreen } from "../screens/crm/Customers";
import { FeedbackScreen } from "../screens/crm/Feedback";
import { FollowUpsScreen } from "../screens/crm/FollowUps";
import type { ScreenDef } from "./screen";

const PEOPLE = ["crm", "sales", "credit_controller"] as const;

export const CRM: ScreenDef[] = [
  { key: "customers", area: "crm", title: "crmCustomers", roles: PEOPLE, render: () => <CustomersScreen /> },
  {
    key: "customer",
    area: "crm",
    title: "crmCustomer",
    roles: PEOPLE,
    hidden: true,
    render: (p) => <CustomerScreen id={p.get("id") ?? ""} />,
  },
  { key: "follow-ups", area: "crm", title: "crmFollowUps", roles: ["crm", "sales"], render: () => <FollowUpsScreen /> },
  { key: "feedback", area: "crm", title: "crmFeedback", roles: ["crm", "sales"], render: () => <FeedbackScreen /> },
  { key: "campaigns", area: "crm", title: "crmCampaigns", roles: ["crm", "sales"], render: () => <CampaignsScreen /> },
];
