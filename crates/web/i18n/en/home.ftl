### The home page: what a person's roles put in front of them today.

## Home (home.html)
home-title = Home
home-welcome = Welcome, { $name }
home-coming-up = Coming up
home-own-caseload = On your own caseload
home-none-due-own = No reviews fall due in the next four weeks on your caseload.
home-overdue = overdue
home-overdue-since = since { $date }
home-due-on = due { $date }
home-in-teams = In your teams
home-none-due-teams = No reviews fall due in the next four weeks on your teams' caseloads.
home-in-progress = Assessments in progress
home-children-with-you = Children living with you
home-your-children = Your children
home-no-children-placed = No children are placed with your household at the moment.
home-no-children-caseload = There are no children on your caseload.
home-your-household = Your household
home-your-households = Your households
home-no-households = There are no households on your caseload.
home-placed = { $placed } placed
home-placed-of = { $placed } placed of { $places }
home-all-children = All children you can open
home-all-households = All households you can open
home-team-caseloads = Your teams' caseloads
home-no-team = You do not manage a team yet. An administrator can make you a team's manager.
home-team-caption = Caseload sizes of the people in your teams
home-col-worker = Worker
home-col-team = Team
home-col-children = Children
home-col-households = Households
home-can-do = What you can do here
home-open-audit = Open the audit trail
home-manage-users = Manage users
home-manage-teams = Manage teams
home-dimensions = The five caregiving dimensions
home-dimensions-lead = Everything in securebase is organised around five ways in which caregivers help a child feel secure. Each one builds something in the child:
home-account = Your account
home-signed-in-as = Signed in as
home-organisation = Organisation
home-role = Role

## Lines of the home page's lists (home.rs)
home-age = { $years ->
    [0] under 1
    [one] { $years } year
   *[other] { $years } years
}
home-due-child-review = { $name }: looked-after child review
home-due-household-review = { $name }: annual carer review
home-open-child = { $subject }: child assessment of { $date }
home-open-caregiver = { $subject }: caregiver assessment of { $date }
home-open-other = { $subject }: assessment of { $date }
home-to-sign = waiting for your sign-off
home-status-unknown = Unknown

## What each role can do (home.rs)
home-ability-admin-people = Add the people who use securebase in your agency and give each a role.
home-ability-admin-disable = Disable an account at once when someone leaves, and enable it again.
home-ability-admin-reset = Reset a password when someone is locked out.
home-ability-admin-private = Case records stay private to the people working with them, so you do not see them unless you are also given a case role.
home-ability-manager-oversee = Oversee your teams' caseloads of children and households, and the reviews coming up.
home-ability-manager-sign-off = Sign off your teams' Secure Base assessments, or return them with a note.
home-ability-ssw-records = Keep the records of the households on your caseload.
home-ability-ssw-assess = Assess each carer's capacity to offer a secure base in the five caregiving dimensions.
home-ability-csw-records = Keep the records of the children on your caseload.
home-ability-csw-assess = Assess each child's progress in trust, feelings, self-esteem, effectiveness and belonging.
home-ability-carer-records = See the records of the children placed with your household.
home-ability-carer-read = Read the signed-off Secure Base assessments of the children placed with you.
home-ability-auditor-trail = Read the audit trail of who viewed or changed a record.
