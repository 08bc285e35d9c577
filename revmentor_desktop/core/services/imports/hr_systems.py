"""The column headers that HR systems and directories write in their people exports, and where from.

One row per system: the header row its export has (so tests can read it back), which of those
headers holds which people-import field, the date format it writes and where we found it all.
`SYNONYMS` gathers every system's headers per field; people.py adds them to its own, so these
exports import without `--map`. Headers compare as `word_key` does (no case, accents, spaces or
punctuation): "Email Address [Required]" is "emailaddressrequired".

"Documented" below means the vendor's (or an integration partner's) help page names the column;
"commonly seen" marks a header we know from real files but found no page for. A field a system
does not export is simply absent from its `headers`.

`account_headers` are the columns that say what an account is rather than who a person is (a
guest, a disabled account, a leaver: directory.py reads them to skip a row or to make a guest
external, and imports none of them into a field). The status columns are the header rows' own;
the leaving-date headers are commonly seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class HRSystem:
    """One HR system's or directory's people export, as the people import should read it."""

    name: str
    source: str  # the pages the headers and the date format come from
    header_row: tuple[str, ...]  # the export's first row, in order, recognised or not
    headers: dict[str, tuple[str, ...]]  # field -> headers that hold it (header_row's first)
    date_format: str  # how its dates are written ("" when it exports no date we read)
    notes: str = ""
    xlsx: bool = False  # it exports Excel workbooks (else CSV only)
    # Account type, status and leaving date: read to skip a row or make a guest external.
    account_headers: dict[str, tuple[str, ...]] = field(default_factory=dict)


SYSTEMS: tuple[HRSystem, ...] = (
    # BambooHR: custom report (Reports → New report), exported as CSV. Field names from the
    # BambooHR field list as integration partners document it: "BambooHR - New employee trigger"
    # (docs.workato.com/connectors/bamboo-hr/new-employee-trigger.html: Employee number, Supervisor
    # E ID), "Synced data from BambooHR" (docs.charthop.com/synced-data-from-bamboohr: Work Email,
    # supervisorEId, reportsTo, Hire date) and Okta's "Map custom attribute from BambooHR"
    # (support.okta.com: supervisorEmail). The date format is the company setting, MM/DD/YYYY by
    # default ("BambooHR Report Definition", docs.robomq.io).
    HRSystem(
        name="BambooHR",
        source="docs.workato.com/connectors/bamboo-hr; docs.charthop.com/synced-data-from-bamboohr",
        header_row=(
            "Employee #", "First Name", "Last Name", "Preferred Name", "Work Email", "Job Title",
            "Department", "Division", "Location", "Hire Date", "Supervisor EID",
            "Employment Status",
        ),
        headers={
            "employee_id": ("Employee #", "Employee Number"),
            "given_name": ("First Name",),
            "family_name": ("Last Name",),
            "email": ("Work Email",),
            "job_title": ("Job Title",),
            "department": ("Department",),
            "location": ("Location",),
            "start_date": ("Hire Date",),
            # Supervisor EID holds the manager's employee number; "Reporting to" their name.
            "manager": ("Supervisor EID", "Supervisor E ID", "Reporting to", "Reports To",
                        "Supervisor ID"),
            "manager_email": ("Supervisor Email",),
        },
        account_headers={
            # Employment Status reads "Terminated" for a leaver; Status is Active or Inactive.
            "account_status": ("Employment Status", "Status"),
            "end_date": ("Termination Date",),
        },
        date_format="MM/DD/YYYY",
        notes="Division is left out: Department comes first and means the same to us. BambooHR "
        'also exports .xls (old Excel), which the import refuses; "Employee #" only lands on '
        "employee_id because no synonym of ours is the bare word \"Employee\".",
    ),
    # Personio: People → Export (Excel). Attribute names from "Personio Fields Available in
    # Lattice" (help.lattice.com/hc/en-us/articles/22548492644119: Email, Position, Department,
    # Supervisor, Hire date) and "Import employee data" (support.personio.de/hc/en-us/articles/
    # 211776305: dates as YYYY-MM-DD, Supervisor). Attribute names follow the company language:
    # the German ones are commonly seen, not documented.
    HRSystem(
        name="Personio",
        source="help.lattice.com/hc/en-us/articles/22548492644119; "
        "support.personio.de/hc/en-us/articles/211776305",
        header_row=(
            "ID", "First name", "Last name", "Email", "Status", "Position", "Department", "Team",
            "Office", "Hire date", "Supervisor", "Employment type", "Subcompany",
        ),
        headers={
            "given_name": ("First name", "Vorname"),
            "family_name": ("Last name", "Nachname"),
            "email": ("Email", "E-Mail"),
            "job_title": ("Position",),
            "department": ("Department", "Abteilung"),
            "location": ("Office", "Standort", "Büro"),
            "start_date": ("Hire date", "Eintrittsdatum"),
            "manager": ("Supervisor", "Vorgesetzter", "Vorgesetzte"),
        },
        account_headers={
            "account_status": ("Status",),  # active, inactive, onboarding, leave
            "end_date": ("Termination date",),
        },
        date_format="YYYY-MM-DD",
        xlsx=True,
        notes='"ID" is Personio\'s own number, but Microsoft Forms writes "ID" for the response '
        "number, so a bare ID is never taken as an employee ID. Team is left out (Department "
        "comes first). Saved as CSV by a German Excel the dates read DD.MM.YYYY.",
    ),
    # HiBob: Analytics → Reports → General report, exported as CSV or Excel. Fields from "Integrate
    # HiBob with Lattice" (help.lattice.com/hc/en-us/articles/37967569009687) and "HiBob"
    # (docs.siit.io/integrations/hris/hibob: display name, work email, employee ID, site, manager,
    # start date, job level); the API names work.reportsTo / work.site / work.startDate from "List
    # of fields sent to HiBob" (help.pinpoint.support). Header spellings are as Bob's report shows
    # them (commonly seen); dates follow the account's date format (DD/MM/YYYY in the UK/EU).
    HRSystem(
        name="HiBob",
        source="help.lattice.com/hc/en-us/articles/37967569009687; "
        "docs.siit.io/integrations/hris/hibob",
        header_row=(
            "Employee ID", "Display name", "First name", "Last name", "Email", "Department",
            "Job title", "Job level", "Site", "Start date", "Reports to", "Lifecycle status",
        ),
        headers={
            "employee_id": ("Employee ID",),
            "full_name": ("Display name",),
            "given_name": ("First name",),
            "family_name": ("Last name",),
            "email": ("Email", "Work email"),
            "department": ("Department",),
            "job_title": ("Job title",),
            "level": ("Job level",),
            "location": ("Site",),
            "start_date": ("Start date",),
            "manager": ("Reports to",),
            "manager_email": ("Reports to email", "Manager email"),
        },
        account_headers={
            "account_status": ("Lifecycle status",),  # Employed, Terminated, …
            "end_date": ("Termination date",),
        },
        date_format="DD/MM/YYYY",
        xlsx=True,
    ),
    # Workday: a custom report on Workers, exported to Excel (or CSV from there). Column names as
    # users report them (Email - Primary Work, Legal Name - First Name) and Workday's field names
    # as SailPoint documents them ("Account Attributes",
    # documentation.sailpoint.com/connectors/workday/help/integrating_workday/
    # account_attributes.html: Employee ID, Business Title, Legal first/last name, Manager, Hire
    # Date, Location). The exact report headers ("Email - Primary Work", "Legal Name - First Name",
    # "Management Level", "Supervisory Organization") are commonly seen, not documented. Excel
    # keeps date cells; saved as CSV by a US Excel they read M/D/YYYY.
    HRSystem(
        name="Workday",
        source="documentation.sailpoint.com/connectors/workday/help/integrating_workday/"
        "account_attributes.html",
        header_row=(
            "Employee ID", "Worker", "Legal Name - First Name", "Legal Name - Last Name",
            "Email - Primary Work", "Business Title", "Job Profile", "Management Level",
            "Supervisory Organization", "Location", "Hire Date", "Manager", "Worker Type",
        ),
        headers={
            "employee_id": ("Employee ID",),
            "full_name": ("Worker",),
            "given_name": ("Legal Name - First Name", "Preferred Name - First Name"),
            "family_name": ("Legal Name - Last Name", "Preferred Name - Last Name"),
            "email": ("Email - Primary Work", "Primary Work Email"),
            "job_title": ("Business Title",),
            "level": ("Management Level",),
            # A supervisory organisation is the team as Workday draws the hierarchy; in many
            # tenants its name ends with the manager's, e.g. "Engineering (Dana Fox)".
            "department": ("Supervisory Organization",),
            "location": ("Location",),
            "start_date": ("Hire Date",),
            "manager": ("Manager", "Worker's Manager", "Manager ID", "Manager Employee ID"),
        },
        account_headers={
            "account_status": ("Active Status",),
            "end_date": ("Termination Date",),
        },
        date_format="M/D/YYYY",
        xlsx=True,
        notes="Job Profile is left out (Business Title is the job title people know). The "
        '"Company" column many Workday reports add is the employer, so it is left out too.',
    ),
    # Sage HR: Company → Import employees template and the employee data reports. Columns from
    # "Download and complete the import template" (support.sage.hr/en/articles/3869216: Work email,
    # Employment start date as DD/MM/YYYY, Position, Reports to = the manager's email, Location)
    # and "Sage HR Employee Import Checklist" (support.sage.hr/en/articles/4046445: Employee
    # number; the import template's data starts on row 3).
    HRSystem(
        name="Sage HR",
        source="support.sage.hr/en/articles/3869216; support.sage.hr/en/articles/4046445",
        header_row=(
            "Employee number", "First Name", "Last Name", "Work Email", "Employment Start Date",
            "Employment Status", "Position", "Team", "Location", "Reports to",
        ),
        headers={
            "employee_id": ("Employee number",),
            "given_name": ("First Name",),
            "family_name": ("Last Name",),
            "email": ("Work Email",),
            "start_date": ("Employment Start Date",),
            "job_title": ("Position",),
            "department": ("Team",),
            "location": ("Location",),
            # Sage HR's "Reports to" holds the manager's email; the manager field takes either.
            "manager": ("Reports to",),
        },
        account_headers={
            "account_status": ("Employment Status",),
            "end_date": ("Termination date", "Employment end date"),
        },
        date_format="DD/MM/YYYY",
        xlsx=True,
        notes="The import template (not the report) has two title rows before the data.",
    ),
    # BreatheHR: People → Our people, exported. Columns from "Breathe HR people"
    # (intercom.help/breathe-australia/en/articles/4737574: First name, Last name, Reference,
    # Department, Location, Line manager, Status); Email, Job title and Start date from the profile
    # ("Profile", intercom.help/breathe-australia/en/articles/4740767), their header spelling
    # commonly seen. UK company: DD/MM/YYYY.
    HRSystem(
        name="BreatheHR",
        source="intercom.help/breathe-australia/en/articles/4737574; .../4740767",
        header_row=(
            "Reference", "First name", "Last name", "Email", "Job title", "Department",
            "Location", "Line manager", "Start date", "Status",
        ),
        headers={
            "employee_id": ("Reference",),
            "given_name": ("First name",),
            "family_name": ("Last name",),
            "email": ("Email",),
            "job_title": ("Job title",),
            "department": ("Department",),
            "location": ("Location",),
            "manager": ("Line manager",),
            "start_date": ("Start date",),
        },
        account_headers={
            "account_status": ("Status",),  # Current, or a leaver's
            "end_date": ("Leaving date",),
        },
        date_format="DD/MM/YYYY",
    ),
    # Rippling: Tools → Reports → New report, exported as CSV. Variables from "Import Your
    # Organization from Rippling" (help.lattice.com/hc/en-us/articles/1500000933022: Legal first
    # name, Legal last name, Work email, Title, Manager - Work email, Start date) and "Rippling
    # Fields Available in Lattice" (help.lattice.com/hc/en-us/articles/38453113922967: Department,
    # Manager, Employee number, Level, Work location). US company: MM/DD/YYYY.
    HRSystem(
        name="Rippling",
        source="help.lattice.com/hc/en-us/articles/1500000933022; "
        "help.lattice.com/hc/en-us/articles/38453113922967",
        header_row=(
            "Employee number", "Legal first name", "Legal last name", "Preferred first name",
            "Work email", "Title", "Department", "Level", "Work location", "Start date",
            "Manager", "Employment type",
        ),
        headers={
            "employee_id": ("Employee number",),
            "given_name": ("Legal first name",),
            "family_name": ("Legal last name",),
            "email": ("Work email",),
            "job_title": ("Title",),
            "department": ("Department",),
            "level": ("Level",),
            "location": ("Work location",),
            "start_date": ("Start date",),
            "manager": ("Manager",),
            "manager_email": ("Manager - Work email",),
        },
        account_headers={
            "end_date": ("End date", "Termination date"),
        },
        date_format="MM/DD/YYYY",
        notes="Preferred first name is left out: the legal name comes first.",
    ),
    # Microsoft Entra ID (Azure AD): Users → Download users. The attribute list is documented in
    # "Download a list of users in the Azure portal" (github.com/MicrosoftDocs/entra-docs, docs/
    # identity/users/users-bulk-download.md). No hire date and no manager are exported.
    HRSystem(
        name="Microsoft Entra ID (Download users)",
        source="learn.microsoft.com/entra/identity/users/users-bulk-download",
        header_row=(
            "userPrincipalName", "displayName", "surname", "mail", "givenName", "objectId",
            "userType", "jobTitle", "department", "accountEnabled", "usageLocation",
            "streetAddress", "state", "country", "physicalDeliveryOfficeName", "city",
            "postalCode", "telephoneNumber", "mobile", "authenticationAlternativePhoneNumber",
            "authenticationEmail", "alternateEmailAddress", "ageGroup", "consentProvidedForMinor",
            "legalAgeGroupClassification",
        ),
        headers={
            # mail, not userPrincipalName: a guest's principal name is "x_y.org#EXT#@…", and a
            # member's sign-in name need not be their address.
            "email": ("mail",),
            "full_name": ("displayName",),
            "given_name": ("givenName",),
            "family_name": ("surname",),
            "job_title": ("jobTitle",),
            "department": ("department",),
            "location": ("physicalDeliveryOfficeName", "officeLocation"),
            "employee_id": ("employeeId",),
        },
        account_headers={
            # A guest is "Guest" or has "#EXT#" in their principal name, and comes in as an
            # external person of their company (companyName, from newer portals); a disabled
            # account (a leaver, most meeting rooms) is skipped, and so is one without mail.
            "sign_in_name": ("userPrincipalName",),
            "account_type": ("userType",),
            "account_status": ("accountEnabled",),
            "guest_company": ("companyName",),
        },
        date_format="",
        notes="city is left out (the office comes first). Newer portals write officeLocation, "
        "employeeId and companyName (commonly seen); companyName is left out, but for guests "
        "(account_headers).",
    ),
    # Microsoft Entra ID: Users → Bulk create, the CSV template. "Bulk create users in Microsoft
    # Entra ID" (github.com/MicrosoftDocs/entra-docs, docs/identity/users/users-bulk-add.md): the
    # first row is a version ("version:v1.0"), headings read "<Item> [property] <Required>", e.g.
    # "Name [displayName] Required"; the other headings are as the template has them (commonly
    # seen). There is no mail column: the user name (principal name) is the address.
    HRSystem(
        name="Microsoft Entra ID (bulk create template)",
        source="learn.microsoft.com/entra/identity/users/users-bulk-add",
        header_row=(
            "Name [displayName] Required", "User name [userPrincipalName] Required",
            "Initial password [passwordProfile] Required",
            "Block sign in (Yes/No) [accountEnabled] Required", "First name [givenName]",
            "Last name [surname]", "Job title [jobTitle]", "Department [department]",
            "Usage location [usageLocation]", "Street address [streetAddress]",
            "State or province [state]", "Country or region [country]",
            "Office [physicalDeliveryOfficeName]", "City [city]",
            "ZIP or postal code [postalCode]", "Office phone [telephoneNumber]",
            "Mobile phone [mobile]",
        ),
        headers={
            "full_name": ("Name [displayName] Required",),
            "email": ("User name [userPrincipalName] Required",
                      "User principal name [userPrincipalName] Required"),
            "given_name": ("First name [givenName]",),
            "family_name": ("Last name [surname]",),
            "job_title": ("Job title [jobTitle]",),
            "department": ("Department [department]",),
            "location": ("Office [physicalDeliveryOfficeName]",),
        },
        date_format="",
        notes='The reader skips the "version:v1.0" line above the headings. '
        '"Block sign in" is not read: its "Yes" means disabled, the opposite of accountEnabled.',
    ),
    # Google Workspace: Directory → Users → Download users (CSV). "Add or update multiple users from
    # a CSV file" (support.google.com/a/answer/40057) documents the [Required] / [UPLOAD ONLY]
    # columns; the download adds [READ ONLY] ones (Status, Last Sign In as YYYY/MM/DD hh:mm:ss, …)
    # as seen in downloaded files. No hire date is exported.
    HRSystem(
        name="Google Workspace (Download users)",
        source="support.google.com/a/answer/40057",
        header_row=(
            "First Name [Required]", "Last Name [Required]", "Email Address [Required]",
            "Password [Required]", "Password Hash Function [UPLOAD ONLY]",
            "Org Unit Path [Required]", "New Primary Email [UPLOAD ONLY]", "Status [READ ONLY]",
            "Last Sign In [READ ONLY]", "Recovery Email", "Home Secondary Email",
            "Work Secondary Email", "Recovery Phone [MUST BE IN THE E.164 FORMAT]", "Work Phone",
            "Home Phone", "Mobile Phone", "Work Address", "Home Address", "Employee ID",
            "Employee Type", "Employee Title", "Manager Email", "Department", "Cost Center",
            "2sv Enrolled [READ ONLY]", "2sv Enforced [READ ONLY]", "Building ID", "Floor Name",
            "Floor Section", "Email Usage [READ ONLY]", "Drive Usage [READ ONLY]",
            "Total Storage [READ ONLY]", "Change Password at Next Sign-In",
            "New Status [UPLOAD ONLY]",
        ),
        headers={
            "given_name": ("First Name [Required]",),
            "family_name": ("Last Name [Required]",),
            "email": ("Email Address [Required]",),
            "employee_id": ("Employee ID",),
            "job_title": ("Employee Title",),
            "manager_email": ("Manager Email",),
            "department": ("Department",),
            # A building is where someone sits, which is what matching by location wants.
            "location": ("Building ID",),
        },
        account_headers={
            "account_status": ("Status [READ ONLY]",),  # Active or Suspended
        },
        date_format="",
        notes="Org Unit Path is left out: organisational units are for policies and licences "
        '("/", "/Staff", "/Contractors") and, listed before Department, would take its place.',
    ),
    # Microsoft Forms: Responses → Open in Excel. The workbook starts with ID, Start time,
    # Completion time, Email, Name (and, in newer forms, Last modified time), then one column per
    # question ("Export Forms responses to Excel", support.microsoft.com; columns commonly seen).
    # The question columns here are a sign-up form's, worded as people.py recognises them.
    HRSystem(
        name="Microsoft Forms sign-up",
        source="support.microsoft.com (Forms: view and export responses in Excel)",
        header_row=(
            "ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
            "Team", "Job title", "Role in programme", "Can teach", "Wants to learn",
            "Preferred contact", "Hours per month",
        ),
        headers={
            "email": ("Email",),
            "full_name": ("Name",),
            "department": ("Team",),
            "job_title": ("Job title",),
            "role": ("Role in programme",),
            "offers": ("Can teach",),
            "wants": ("Wants to learn",),
            "channels": ("Preferred contact",),
            "hours": ("Hours per month",),
        },
        date_format="M/D/YYYY h:mm",
        xlsx=True,
        notes='"ID" is the response number, and "Start time" when the form was opened: neither '
        "is taken.",
    ),
    # A hand-made Excel sign-up or staff sheet: no vendor, so every header is commonly seen.
    HRSystem(
        name="Excel sign-up sheet",
        source="commonly seen (no vendor documentation)",
        header_row=(
            "Name", "Email", "Team", "Job title", "Grade", "Start date", "Line manager",
            "Staff ID", "Office", "Role", "Consent given",
        ),
        headers={
            "full_name": ("Name",),
            "email": ("Email",),
            "department": ("Team",),
            "job_title": ("Job title",),
            "level": ("Grade",),
            "start_date": ("Start date",),
            "manager": ("Line manager", "Manager", "Supervisor", "Manager ID", "Line manager ID",
                        "Manager employee ID", "Manager name", "Line manager name"),
            "employee_id": ("Staff ID", "Employee ID", "Employee number", "Employee no",
                            "Staff number", "Personnel number"),
            "location": ("Office",),
            "role": ("Role",),
            "consent_date": ("Consent given",),
        },
        date_format="DD/MM/YYYY",
        xlsx=True,
    ),
)  # fmt: skip


def _synonyms() -> dict[str, tuple[str, ...]]:
    gathered: dict[str, list[str]] = {}
    for system in SYSTEMS:
        for name, headers in system.headers.items():
            known = gathered.setdefault(name, [])
            known.extend(h for h in headers if h not in known)
    return {name: tuple(headers) for name, headers in gathered.items()}


# field -> every system's headers for it, in the order of SYSTEMS.
SYNONYMS: dict[str, tuple[str, ...]] = _synonyms()


def with_hr_systems(own: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`own` synonyms with every HR system's headers added after them, field by field."""
    merged = {name: tuple(headers) for name, headers in own.items()}
    for name, headers in SYNONYMS.items():
        known = merged.get(name, ())
        merged[name] = known + tuple(h for h in headers if h not in known)
    return merged
