### Administration: users, teams, the agency's practice content and settings, and the audit trail.

## Shared by the admin pages
admin-added-on = Added { $date }

## Users (admin_users/list.html)
admin-users-title = Users
admin-users-add = Add a user
admin-users-caption = People who can sign in to your organisation
admin-users-col-name = Name
admin-users-col-email = Email
admin-users-col-role = Role
admin-users-col-status = Status
admin-users-col-actions = Actions
admin-users-you = (you)
admin-users-disabled = Disabled
admin-users-active = Active
admin-users-enable = Enable
admin-users-disable-confirm = Disable this account? The person will be signed out at once.
admin-users-disable = Disable
admin-users-reset = Reset password
admin-users-reset-for = for { $name }

## Users: what happened, and refusals (admin_users/mod.rs)
admin-users-added-notice = { $name } has been added and can now sign in.
admin-users-disabled-notice = { $name }'s account is disabled. They have been signed out everywhere.
admin-users-enabled-notice = { $name }'s account is enabled again.
admin-users-password-notice = { $name }'s password has been reset. Any sessions they had are ended.
admin-users-self = You cannot disable your own account. Ask another administrator to do it.
admin-users-name-empty = Enter the person's full name
admin-users-role-missing = Choose the person's role
admin-users-email-taken = An account with that email address already exists

## Add a user (admin_users/new.html)
admin-back-to-users = Back to users
admin-new-name = Full name
admin-new-email = Email address
admin-new-email-hint = They will sign in with this.
admin-new-role = Role
admin-new-password = First password
admin-new-password-hint = At least 12 characters. A few words together are easy to remember and hard to guess. Give it to the person privately.
admin-new-submit = Add user

## Reset a password (admin_users/password.html)
admin-password-heading = Reset the password for { $name }
admin-password-lead = Their current sessions end as soon as you save, on every device.
admin-password-new = New password
admin-password-hint = At least 12 characters. Give it to the person privately.

## Teams (admin_teams/list.html)
admin-teams-title = Teams
admin-teams-lead = Teams group workers under the managers who oversee their caseloads. A manager sees the children and households of everyone in the teams they manage.
admin-teams-empty = Nobody is in this team yet.
admin-teams-manager = Manager
admin-teams-remove = Remove
admin-teams-remove-who = { $name } from { $team }
admin-teams-add-person = Add a person to { $team }
admin-teams-they-manage = They manage this team
admin-teams-add-to = Add to team
admin-teams-add-heading = Add a team
admin-teams-name = Team name
admin-teams-add-submit = Add team

## Teams: what happened, and refusals (admin_teams/mod.rs)
admin-teams-created = The team has been created.
admin-teams-updated = The team has been updated.
admin-teams-name-empty = Enter the team's name
admin-teams-name-taken = A team with that name already exists
admin-teams-choose-person = Choose the person to add to the team

## Practice content pages (admin_content/subnav.html)
admin-indicators-title = Agency indicators
admin-settings-title = Agency settings

## Agency indicators (admin_content/indicators.html)
admin-ind-lead = Add indicators of your own where your practice looks for something the shipped ones do not name.
admin-ind-intro = Your indicators appear in new assessments beside the ones that come with securebase, in the dimension and age band (or, for carers, the aspect) you choose. Every assessment keeps the indicators it was started with: adding, archiving or restoring an indicator here changes only assessments started afterwards.
admin-ind-in-use = In use
admin-ind-none = Your agency has not added any indicators yet. New assessments use the shipped indicators only.
admin-ind-caption-active = Indicators your agency has added, in use
admin-ind-col-indicator = Indicator
admin-ind-col-for = For
admin-ind-col-dimension = Dimension
admin-ind-col-action = Action
admin-ind-evidence = Evidence: { $note }
admin-ind-archive = Archive
admin-ind-archived = Archived
admin-ind-archived-lead = Archived indicators are not added to new assessments. Assessments that already include one keep it.
admin-ind-caption-archived = Archived indicators
admin-ind-restore = Restore
admin-ind-add = Add an indicator
admin-ind-kind-legend = Which assessments is it for?
admin-ind-dimension-legend = Which dimension does it belong to?
admin-ind-child-heading = For a child indicator
admin-ind-band-legend = Which age band is it written for?
admin-ind-band-hint = Children are assessed against the indicators of one band, usually the band for their age.
admin-ind-caregiver-heading = For a caregiver indicator
admin-ind-aspect-legend = What does it look at?
admin-ind-aspect-hint = The model looks separately at what goes on in the carer's mind and what they do.
admin-ind-care-legend = Which kinds of care does it speak to?
admin-ind-care-hint = Choose one or both.
admin-ind-text-label = Wording
admin-ind-text-hint = One specific, observable thing, in plain words, up to 500 characters. For example: Looks to the carer before trying something new.
admin-ind-note-label = Evidence note
admin-ind-note-hint = What good evidence of it looks like, to guide whoever assesses: for example, a dated occasion and who saw it. Up to 500 characters.
admin-ind-submit = Add indicator

## Agency indicators: choices, what happened, and refusals (admin_content/mod.rs)
admin-ind-for-child = Child assessments
admin-ind-for-caregiver = Caregiver assessments
admin-ind-kind-child-hint = Something a child of one age band shows.
admin-ind-kind-caregiver-hint = Something a carer thinks, feels or does.
admin-ind-care-short = Short-term care
admin-ind-care-long = Long-term care
admin-ind-applies = { $aspect }; { $care }
admin-ind-applies-both = short-term and long-term care
admin-ind-applies-short = short-term care
admin-ind-applies-long = long-term care
admin-ind-choose-kind = Choose whether the indicator is for child or caregiver assessments
admin-ind-choose-dimension = Choose the dimension the indicator belongs to
admin-ind-choose-band = Choose the age band the indicator is written for
admin-ind-choose-aspect = Choose whether the indicator is about the carer's thinking and feeling or their behaviour
admin-ind-choose-care = Choose short-term care, long-term care or both
admin-ind-text-empty = Enter the indicator's wording
admin-ind-text-long = The wording must be { $max } characters or fewer
admin-ind-text-control = The wording must not contain control characters
admin-ind-hint-empty = Enter a note on what good evidence of it looks like
admin-ind-hint-long = The evidence note must be { $max } characters or fewer
admin-ind-hint-control = The evidence note must not contain control characters
admin-ind-added-notice = The indicator has been added. Assessments started from now on will include it.
admin-ind-archived-notice = The indicator has been archived. New assessments will not include it; assessments that already do keep it.
admin-ind-restored-notice = The indicator has been restored. Assessments started from now on will include it again.

## Agency settings (admin_content/settings.html)
admin-settings-sign-off-heading = Who signs off assessments
admin-settings-sign-off-lead = A Secure Base assessment becomes final when it is signed off. After that it can only be changed by an amendment, which keeps the signed-off version. Choose who signs off your agency's assessments.
admin-settings-sign-off-hint = Assessments already submitted are signed off under the choice in force when someone signs them off.
admin-settings-sign-off-legend = Who signs off a submitted assessment?
admin-settings-zone = Time zone
admin-settings-zone-lead = Times are kept in Coordinated Universal Time (UTC) and shown to your agency's people in this zone, with its abbreviation (GMT or BST in the UK).
admin-settings-zone-hint = Its full name, for example Europe/London or Europe/Oslo.
admin-settings-save = Save

## Agency settings: choices, what happened, and refusals (admin_content/mod.rs)
admin-rule-worker = The worker who wrote it
admin-rule-worker-hint = After submitting, the author reads it through once more and signs it off themselves.
admin-rule-manager = A team manager other than the author
admin-rule-manager-hint = The author submits it; a manager of their team signs it off, or returns it with a note of what to change.
admin-settings-saved = Saved. Assessments submitted from now on follow this choice, and times are shown in the zone you chose.
admin-settings-choose-rule = Choose who signs off your agency's assessments
admin-settings-zone-unknown = Enter a time zone by its full name, for example Europe/London or Europe/Oslo

## Audit trail (audit_trail.html)
audit-title = Audit trail
audit-lead = Every view and change of a child's or household's record, and every sign-in, sign-out and administrative change (accounts, roles, teams, settings and content), newest first, whether made here or on the command line. Records are named by their reference only. Follow a record's link to see everyone who has viewed or changed it.
audit-empty = Nothing has been recorded yet.
audit-caption = Audit events
audit-col-when = When
audit-col-who = Who
audit-col-what = What
audit-col-record = Record
audit-col-from = From
audit-older = Older events

## What happened, in words (audit_trail.rs)
audit-sign-in = Signed in
audit-sign-in-failed = Tried to sign in, and was refused
audit-sign-out = Signed out
audit-user-created = Added the account, as { $roles }
audit-user-roles = Changed the roles to { $roles }
audit-user-disabled = Disabled the account
audit-user-enabled = Enabled the account
audit-user-password = Reset the password
audit-org-created = Added the organisation
audit-sign-off-rule = Set who signs off assessments: { $rule }
audit-rule-worker = worker
audit-rule-manager = manager
audit-time-zone = Time zone { $zone }
audit-team-created = Created the team
audit-team-updated = Changed the team's members
audit-indicator-created = Added an agency indicator
audit-indicator-archived = Archived an agency indicator
audit-indicator-restored = Restored an agency indicator
audit-viewed = Opened
audit-created = Created
audit-updated = Changed
audit-exported = Exported the whole record
audit-archived = Archive
audit-restored = Restore
audit-placement-start = Placement start
audit-placement-end = Placement end
audit-allocated = Allocate
audit-evidence-added = Add evidence
audit-evidence-removed = Remove evidence
audit-submitted = Submit
audit-signed-off = Sign off
audit-returned = Return
audit-amended = Amend

## Which record (audit_trail.rs)
audit-record-account-of = Account of { $name }
audit-record-account = Account { $id }
audit-record-organisation = The organisation
audit-record-child = child { $id }
audit-record-household = household { $id }
audit-record-assessment = assessment { $id }
audit-record-team = team { $id }
audit-record-agency-indicator = agency indicator { $id }
audit-record-child-profile = child profile { $id }
audit-record-household-profile = household profile { $id }
audit-record-unknown-account = unknown account { $id }

## Agency settings: the organisation's language
admin-settings-language-heading = Language
admin-settings-language-lead = The language your organisation's people read securebase in, unless they choose their own on their settings page.
admin-settings-language-legend = Your organisation's language
admin-settings-language-choose = Choose one of the languages listed
