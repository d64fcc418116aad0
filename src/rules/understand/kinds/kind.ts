/** The kinds of department there are, and the shape of what callers say to each. */

export const KINDS = [
  "operator",
  "front_desk",
  "reservations",
  "housekeeping",
  "food_beverage",
  "concierge",
  "engineering",
  "duty_manager",
  "spa_fitness",
  "business_centre",
  "events",
  "sales",
  "partners",
  "purchasing",
  "tendering",
  "finance",
  "hr",
  "tech_support",
  "customer_success",
  "after_sales",
  "production",
  "quality",
  "safety",
  "projects",
  "design",
  "logistics",
  "warehouse",
  "transport",
  "freight",
  "customs",
  "documentation",
  "reception",
  "administration",
  "executive",
  "it",
  "legal",
  "marketing",
  "rnd",
  "security",
  "lost_property",
  // Resorts and leisure: what a city hotel does without.
  "activities",
  "golf",
  "kids_club",
  "guest_transport",
  "butler",
  "tickets",
  "membership",
  "shop",
  "laundry",
  // Consumer-facing services: goods damaged or lost in someone's care.
  "claims",
  // Schools, universities and training centres.
  "admissions",
  "academic_affairs",
  "student_affairs",
  "dormitory",
  "library",
  "international",
  "careers",
  "alumni",
  "faculty",
  // Primary and secondary schools: the section offices, the school bus, the school nurse, the
  // parents' association and activities, and university counselling.
  "school_office",
  "school_bus",
  "school_nurse",
  "school_community",
  "college_counselling",
  // Property management of residential compounds and office buildings.
  "property_service",
  "maintenance",
  "cleaning",
  "parking",
  "leasing",
  // hospitals and clinics
  "outpatient",
  "inpatient",
  "emergency_care",
  "pharmacy",
  "imaging",
  "laboratory",
  "health_check",
  "medical_records",
  "patient_services",
  "patient_billing",
  "medical_insurance",
  "medical_affairs",
  "paediatrics",
  "maternity",
  "dental",
  "home_care",
  // Property management: a residents' fees desk and an office tower's management office.
  "property_billing",
  "building_management",
  // Universities: the office for postgraduates, their supervisors and theses.
  "graduate_school",
  // Car dealerships: the showroom, the workshop, the body shop, parts, roadside help, used cars
  // and car loans and insurance.
  "car_sales",
  "vehicle_service",
  "body_repair",
  "spare_parts",
  "roadside",
  "used_cars",
  "car_finance",
  // A company's press office, online shops and livestream team.
  "public_relations",
  "ecommerce",
  "livestream",
  // A law firm's practice groups.
  "litigation",
  "corporate_law",
  "ip_law",
  "employment_law",
  "real_estate_law",
  "capital_markets",
  "criminal_defence",
  // Drug makers: medical information, drug safety, regulatory affairs and market access.
  "medical_information",
  "drug_safety",
  "regulatory",
  "market_access",
  // Shopping centres: the information desk, tenant operations (营运), mall marketing and events
  // (企划), and the digital team.
  "information_desk",
  "tenant_operations",
  "mall_marketing",
  "digital",
  // Insurers: policy service, motor and non-motor claims, underwriting, motor cover, commercial
  // lines, the agency channel, telesales, anti-fraud and consumer protection.
  "policy_service",
  "motor_claims",
  "property_claims",
  "underwriting",
  "motor_insurance",
  "commercial_insurance",
  "agency",
  "telesales",
  "anti_fraud",
  "consumer_protection",
  // Gas, water, heating and power companies: the service hall, billing, meter reading, meter
  // service, new connections, the repair crew, the pipe network, water quality, secondary supply
  // to high-rise blocks, gas safety checks, paid repairs in the home, heating and power.
  "service_hall",
  "utility_billing",
  "meter_reading",
  "meter_service",
  "new_connections",
  "supply_repair",
  "pipe_network",
  "water_quality",
  "secondary_supply",
  "gas_safety",
  "home_repairs",
  "heating",
  "power_supply",
  // Banks: the branch counters and accounts, personal loans and mortgages, credit cards, wealth
  // management, corporate and small-business banking, international business and foreign
  // exchange, e-banking, and card and account security.
  "retail_banking",
  "personal_loans",
  "mortgages",
  "credit_cards",
  "wealth_management",
  "corporate_banking",
  "sme_banking",
  "international_banking",
  "ebanking",
  "account_security",
  // Government service centres: the help desk, the one-window intake, business registration, tax,
  // property registration, social insurance, the housing fund, the police windows (household
  // registration, passports and visas, vehicles), civil affairs and marriage, employment, labour
  // inspection, permits, construction approvals, certificates by post, the supervision office,
  // the 12345 hotline, legal aid and notaries, veterans and the health commission's window.
  "service_guide",
  "general_intake",
  "business_registration",
  "tax_office",
  "property_registration",
  "social_security",
  "housing_fund",
  "police_services",
  "entry_exit",
  "vehicle_admin",
  "civil_affairs",
  "marriage_registration",
  "employment_services",
  "labour_inspection",
  "permits",
  "construction_permits",
  "certificate_mailing",
  "service_supervision",
  "citizen_hotline",
  "public_legal_services",
  "veterans_affairs",
  "health_commission",
  // Restaurant groups: table bookings, banquets, takeaway and delivery, membership and gift cards,
  // franchising, store operations, food safety, the central kitchen and companies' bulk orders.
  "table_booking",
  "banquets",
  "delivery",
  "dining_membership",
  "franchising",
  "store_operations",
  "food_safety",
  "central_kitchen",
  "group_orders",
  // Senior-living and care communities: admissions and move-ins, nursing and daily care, the
  // community's clinic, rehabilitation, family liaison and visits, activities and social work,
  // and day care and home services.
  "care_admissions",
  "nursing_care",
  "care_clinic",
  "rehabilitation",
  "family_liaison",
  "senior_activities",
  "community_care",
  // Travel agencies and tour operators: outbound, domestic and inbound tours, visas, air tickets,
  // tailor-made trips, corporate travel and incentives, tour operations, guides, and the line
  // travellers call when something goes wrong on a trip.
  "outbound_tours",
  "domestic_tours",
  "inbound_tours",
  "visas",
  "air_tickets",
  "custom_tours",
  "corporate_travel",
  "tour_operations",
  "tour_guides",
  "travel_assistance",
  // Residential developers: the sales office, contracts and title certificates, handover, and
  // repairs under warranty after it.
  "home_sales",
  "title_deeds",
  "handover",
  "warranty_repairs",
  // A telecom operator's branch: mobile plans and SIM cards, number porting, roaming, home
  // broadband, TV and smart home, installation and repair crews, enterprise lines and cloud, network
  // quality, cables and poles, and scam calls (its service halls and billing are a utility's kinds).
  "mobile_service",
  "number_porting",
  "international_roaming",
  "home_broadband",
  "smart_home",
  "broadband_repair",
  "enterprise_telecom",
  "network_quality",
  "line_maintenance",
  "scam_prevention",
] as const;
export type Kind = (typeof KINDS)[number];

export interface KindWords {
  /** Whose kind it is: a hotel's, a company's, or either's. */
  of: "hotel" | "company" | "any";
  /** What a department of this kind is called; also what callers call it. */
  names: { zh: string; en: string };
  /** What callers say when they need it. */
  says: { zh: string; en: string };
  /** What a company's callers say besides (a hotel's callers mean other things by these). */
  companySays?: { zh: string; en: string };
  /**
   * The broader kind this one is part of ("warehouse" of "logistics"): in a directory without a
   * department of this kind, the parent's department does this work too, and hears its words as
   * surely as its own.
   */
  parent?: Kind;
  /** Where its callers go in a directory without such a department (nor its parent), best first. */
  fallback: Kind[];
}
