### Case records: children, households, placements, and what their pages share (rec-).

## Shared by the record pages (records/)
rec-back-to-record = Back to the record
rec-back-to = Back to { $name }
rec-change-details = Change details
rec-save-changes = Save changes
rec-form-restored = We kept what you typed before your session ended. Check it and save.
rec-actions-label = What you can do
rec-allocate-worker = Allocate a worker
rec-who-viewed = Who has viewed this record
rec-on-this-page = On this page
rec-contents-secure-base = Secure Base
rec-contents-changes = Changes
rec-details = Details
rec-name = Name
rec-dob = Date of birth
rec-dob-optional = Date of birth (optional)
rec-notes = Notes
rec-notes-optional = Notes (optional)
rec-not-recorded = Not recorded
rec-choose-all = Choose all that apply.
rec-date-with-age = { $date } (age { $age })
rec-person-name-missing = Enter the person's name
rec-child = Child
rec-household = Household
rec-placement-type = Type of placement
rec-since = Since
rec-planned-end = Planned end
rec-col-type = Type
rec-col-from = From
rec-col-to = To
rec-why-ended = Why it ended
rec-earlier-placements = Earlier placements
rec-earlier-placements-caption = Earlier placements, newest first

## Notices after a change (records/mod.rs)
rec-notice-created = The record has been created. You hold this case now.
rec-notice-saved = Your changes have been saved.
rec-notice-unchanged = Nothing was changed, so there was nothing to save.
rec-notice-archived = The record has been archived. It is kept, and it can be restored at any time.
rec-notice-restored = The record has been restored and can be changed again.
rec-notice-stale = Someone else changed this record just before you, so nothing was done. Check the record and try again.
rec-notice-person-added = The person has been added.
rec-notice-member-added = The member of the household has been added.
rec-notice-allocated = The worker has been allocated.
rec-notice-placement-started = The placement has been recorded.
rec-notice-placement-ended = The end of the placement has been recorded.

## Checking answers (records/check.rs); { $label } is the name of the field
rec-check-too-long = { $label } must be { $max } characters or fewer
rec-check-control = { $label } must not contain hidden control characters
rec-check-control-lines = { $label } must not contain hidden control characters (other than new lines)
rec-check-control-line = { $label } must not contain hidden control characters or line breaks
rec-check-date-invalid = { $label } must be a real date, for example 27 3 2019
rec-check-date-future = { $label } must be today or in the past
rec-check-date-old = { $label } must be after 1900
rec-check-number-range = { $label } must be between { $min } and { $max }
rec-check-number = { $label } must be a whole number, like 2

## The top and the foot of a record page (records/record_top.html, archive.html)
rec-archived-tag = Archived
rec-archived-banner = This record is archived. It is kept in full, and it cannot be changed unless it is restored.
rec-restore-button = Restore this record
rec-archive-heading = Archive
rec-archive-intro = Archive the record when the agency no longer works with { $name }. Nothing is deleted, and the record can be restored at any time.
rec-archive-confirm = Archive this record? It will become read-only until it is restored.
rec-archive-button = Archive this record

## An archived record cannot be changed (records/shared.rs)
rec-archived-title = This record is archived
rec-archived-lost = The record is archived, so it cannot be changed. Nothing in it has been lost.
rec-archived-restore = Someone who may change the record can restore it from its page, and then make changes.
rec-archived-back = Go back to the record

## A record's change history (records/history.html, history.rs)
rec-history-heading = Changes to this record
rec-history-none = No changes have been recorded yet.
rec-history-by = by { $name }
rec-history-was = Was: { $value }
rec-history-now = Now: { $value }
rec-history-blank = (blank)
rec-history-created = Record created
rec-history-updated = Details changed
rec-history-archived = Record archived
rec-history-restored = Record restored
rec-history-allocated = Worker allocated
rec-history-person-added = Person added
rec-history-member-added = Member added
rec-history-placement-started = Placement started
rec-history-placement-ended = Placement ended
rec-history-started = { $type } from { $date }
rec-history-ended = Ended { $date } ({ $reason })
rec-history-member-value = { $name } ({ $role })
rec-field-placement = Placement
rec-field-worker = Worker
rec-field-member = Member of the household
rec-field-important-person = Family or important person

## Someone else changed it first (records/stale.html, stale.rs)
rec-stale-title = Someone else changed this first
rec-stale-changed-by = While you were working, { $who } saved a change to { $subject } ({ $at }).
rec-stale-changed = While you were working, someone else saved a change to { $subject }.
# Shown as HTML: keep the <strong> element, and never add an argument.
rec-stale-not-saved = Your changes have <strong>not</strong> been saved, so that neither of you loses anything.
rec-stale-compare = Compare the two below, then start again from the record as it is now and make your changes again where they are still needed.
rec-stale-same = What you entered is the same as the record now holds, so nothing more needs doing.
rec-stale-again = Start again from the record as it is now
rec-stale-leave = Leave it and go back to the record
rec-stale-caption = Where your changes and the record now differ
rec-stale-detail = Detail
rec-stale-yours = Your changes (not saved)
rec-stale-now = The record now
rec-stale-subject-details = the details of { $name }
rec-stale-subject-placement = { $child }'s placement with { $household }

## Allocating a worker (records/worker.html, shared.rs)
rec-worker-title-child = Allocate a child's social worker
rec-worker-title-household = Allocate a supervising social worker
rec-worker-none = Nobody holds this case at the moment.
rec-worker-held-by = Held now by { $names }. Choosing someone else ends their allocation; it stays in the record's history.
rec-worker-nobody = There is nobody in your organisation who can hold this kind of case. Ask your agency's administrator to give someone the role.
rec-worker-legend = Who will hold this case?
rec-worker-button = Allocate
rec-worker-missing-child = Choose who will be the child's social worker
rec-worker-missing-household = Choose who will be the supervising social worker

## Who has viewed or changed a record (records/access.html, shared.rs)
rec-access-title = Who has viewed or changed this record
rec-access-intro-child = Every time someone opens or changes this child's record it is logged here, newest first. What they saw or changed is not shown here.
rec-access-intro-household = Every time someone opens or changes this household's record it is logged here, newest first. What they saw or changed is not shown here.
rec-access-none = Nobody has opened this record yet.
rec-access-caption = Access to this record, newest first
rec-access-when = When
rec-access-who = Who
rec-access-what = What they did
rec-access-view = Opened the record
rec-access-create = Created the record
rec-access-update = Changed the record
rec-access-archive = Archived the record
rec-access-restore = Restored the record
rec-access-allocate = Allocated a worker
rec-access-placement-start = Recorded the start of a placement
rec-access-placement-end = Recorded the end of a placement
rec-access-other = Other action

## Children: the list (children/list.html, mod.rs)
rec-children-title = Children
rec-child-add = Add a child
rec-children-empty = There are no children's records for you to open yet. Records appear here when a child is on your caseload, on your team's, or placed with your household.
rec-children-caption = Children whose records you can open
rec-child-legal-name-hint = Legal name: { $name }

## A child's details (children/form.html, form.rs)
rec-children-back = Back to children
rec-child-add-intro = Record what you know now. Everything except the name and date of birth can be added later. You will hold the child's case once the record is made.
rec-child-section-name = Name
rec-child-given-names = Given names
rec-child-given-names-hint = All the child's first and middle names, as on their birth certificate.
rec-child-given-names-missing = Enter the child's given names
rec-child-family-name = Family name
rec-child-family-name-missing = Enter the child's family name
rec-child-preferred-name = Preferred name
rec-child-preferred-name-optional = Preferred name (optional)
rec-child-preferred-name-hint = The name the child likes to be called, if it is different.
rec-child-dob-hint = For example, 27.3.2019
rec-child-dob-missing = Enter the child's date of birth
rec-child-section-identity = Identity
rec-child-gender = Gender
rec-child-gender-optional = Gender (optional)
rec-child-gender-hint = In the child's own words, where they have said.
rec-child-ethnicity = Ethnicity
rec-child-ethnicity-optional = Ethnicity (optional)
rec-child-religion = Religion or belief
rec-child-religion-optional = Religion or belief (optional)
rec-child-first-language = First language
rec-child-first-language-optional = First language (optional)
rec-child-section-legal = Legal
rec-child-legal-status = Legal status
rec-child-legal-status-optional = Legal status (optional)
rec-child-legal-status-hint = For example, the order or agreement the child is looked after under.
rec-child-local-identifier = Local identifier
rec-child-local-identifier-optional = Local identifier (optional)
rec-child-local-identifier-hint = Your agency's reference for the child, if it has one.
rec-child-section-health = Health, education and what matters to the child
rec-child-health = Health
rec-child-health-optional = Health (optional)
rec-child-health-hint = What helps the child stay well, and anything carers need to know.
rec-child-education = Education
rec-child-education-optional = Education (optional)
rec-child-education-hint = School or nursery, what is going well and what support is in place.
rec-child-important-people = Important people, places and things
rec-child-important-people-optional = Important people, places and things (optional)
rec-child-important-people-hint = The people, pets, places and routines that matter to the child.
rec-child-add-button = Add child

## A child's record (children/show.html, mod.rs)
rec-all-children = All children
rec-child-where-lives = Where { $name } lives
rec-child-worker = Social worker
rec-child-people = Family and important people
rec-child-no-placement = { $name } has no current placement recorded.
rec-child-end-placement = End this placement
rec-child-end-placement-with = with { $household }
rec-child-no-worker = No worker holds this case at the moment.
rec-child-no-people = No birth family or significant others are recorded yet.
rec-child-legal-name = Legal name
rec-relations-caption = Birth family and significant others
rec-relation-who = Who they are
rec-relation-contact = Contact
rec-child-add-person = Add a person
rec-relation-kind-legend = Are they birth family or a significant other?
rec-relation-kind-missing = Choose whether the person is birth family or a significant other
rec-relation-relationship-label = Who they are to the child
rec-relation-relationship-hint = For example, grandmother, older brother, former foster carer.
rec-relation-relationship = Relationship
rec-relation-relationship-missing = Enter who the person is to the child, for example grandmother
rec-relation-contact-arrangements = Contact arrangements
rec-relation-contact-arrangements-optional = Contact arrangements (optional)
rec-relation-contact-arrangements-hint = How and how often the child sees or hears from them.
rec-child-add-person-button = Add person

## Households: the list (households/list.html, mod.rs)
rec-households-title = Households
rec-household-add = Add a household
rec-households-empty = There are no households' records for you to open yet. Records appear here when a household is on your caseload, on your team's, or is your own.
rec-households-caption = Households whose records you can open
rec-household-vacancies = Vacancies
rec-household-no-places = No number of places recorded
rec-household-vacancies-free = { $free } of { $places } { $places ->
        [one] place
       *[other] places
    } free

## A household's details (households/form.html, form.rs)
rec-households-back = Back to households
rec-household-add-intro = Record what you know now; the approval can be filled in as the assessment goes on. You will be the household's supervising social worker once the record is made.
rec-household-name = Household name
rec-household-name-hint = How the household is known, for example the Okafor family.
rec-household-name-missing = Enter a name for the household, for example the carers' family name
rec-household-address = Address
rec-household-address-optional = Address (optional)
rec-household-type = Type of household
rec-household-type-missing = Choose the type of household
rec-household-approval = Approval
rec-household-status-legend = Where is the household with approval?
rec-household-status-missing = Choose where the household is with approval
rec-household-youngest = Youngest age
rec-household-youngest-optional = Youngest age (optional)
rec-household-oldest = Oldest age
rec-household-oldest-optional = Oldest age (optional)
rec-household-in-years = In years
rec-household-ages-order = Oldest age must be the same as or more than the youngest age
rec-household-places = Places
rec-household-places-hint = How many children the household is approved for at one time. Needed once approved.
rec-household-places-missing = Enter how many children the household is approved for
rec-household-placement-types-optional = Types of placement approved (optional)
rec-household-placement-types-invalid = Choose types of placement from the list
rec-household-approval-date-optional = Date approved (optional)
rec-household-approval-date-hint = For example, 27.3.2025
rec-household-next-review-optional = Next annual review (optional)
rec-household-next-review-hint = For example, 27.3.2026
rec-household-add-button = Add household
rec-household-age-min = Approved from age
rec-household-age-max = Approved up to age
rec-household-places-approved = Places approved
rec-household-placement-types = Types of placement approved
rec-household-approval-date = Date approved
rec-household-next-review = Next annual review

## A household's record (households/show.html, mod.rs)
rec-all-households = All households
rec-household-details = Details and approval
rec-household-members = Who lives here
rec-household-children = Children living here
rec-household-worker = Supervising social worker
rec-household-ages = Ages approved for
rec-household-ages-range = { $min } to { $max } years
rec-household-ages-from = From { $min } years
rec-household-ages-up-to = Up to { $max } years
rec-household-no-members = No members of the household are recorded yet.
rec-members-caption = Members of the household
rec-member-place = Place in the household
rec-member-signs-in-as = Signs in as { $name }
rec-household-add-member = Add a member of the household
rec-member-role-legend = Their place in the household
rec-member-role-missing = Choose the person's place in the household
rec-member-carer-type-legend = If they are a carer: what kind of carer
rec-member-carer-type-missing = Choose what kind of carer they are
rec-member-account-optional = Their securebase account (optional)
rec-member-account-hint = Link a carer to their account so they can see this household and the children placed here.
rec-member-no-account = No account
rec-member-account-invalid = Choose an account from the list, or none
rec-member-dob-hint = For example, 27.3.1980
rec-household-add-member-button = Add member
rec-household-current-caption = Children placed here now
rec-household-no-children = No children are placed here at the moment.
rec-household-past = Children who lived here before
rec-household-no-worker = No worker supports this household at the moment.

## Starting a placement (placements/start.html, mod.rs)
rec-start-title = Start a placement
rec-start-no-households = There are no approved households in your organisation to choose from yet.
rec-start-where = Where will { $name } live?
rec-start-households-hint = Approved households in your organisation, with their places.
rec-start-household-missing = Choose the household the child is going to live with
rec-start-type-missing = Choose the type of placement
rec-start-date = Start date
rec-start-date-hint = The day the child moved in, for example 27 3 2026
rec-start-date-missing = Enter the date the placement started
rec-start-before-birth = Start date must be on or after the child's date of birth
rec-planned-end-date = Planned end date
rec-planned-end-date-optional = Planned end date (optional)
rec-planned-end-date-hint = If an end is planned, for example 27 9 2026
rec-planned-end-order = Planned end date must be after the start date
rec-start-button = Start placement
rec-vacancy-unlimited = { $placed } placed now; no limit on places recorded
rec-vacancy-none = No vacancy: { $placed } of { $places } places filled
rec-vacancy-free = { $free } { $free ->
        [one] place
       *[other] places
    } free: { $placed } of { $places } places filled
rec-start-already-placed = { $name } already has a current placement. End it before starting a new one
rec-start-no-vacancy = The household you chose has no vacancy within its approval. Choose another household
rec-already-placed-title = { $name } already has a current placement
rec-already-placed-text = A child can only have one current placement. Record the end of the current one first, then start the new one.
rec-already-placed-link = End the current placement

## Ending a placement (placements/end.html, mod.rs)
rec-end-title = End a placement
rec-end-heading = End the placement with { $household }
rec-end-intro = The placement started on { $date }. Recording its end keeps it in the child's placement history.
rec-end-date = End date
rec-end-date-hint = The last day the child lived there, for example 27 3 2026
rec-end-date-missing = Enter the date the placement ended
rec-end-before-start = End date must be on or after the day the placement started, { $date }
rec-end-reason-legend = Why did the placement end?
rec-end-reason-missing = Choose why the placement ended
rec-note = Note
rec-end-note-hint = Needed when the ending was unplanned or for another reason: what happened, and what helped or would have helped.
rec-end-note-missing = Say what happened, in a few words: a note is needed when a placement ends this way
rec-end-button = Record the end of the placement
rec-already-ended-title = This placement has already ended
rec-already-ended-text = { $child }'s placement with { $household } ended on { $date }.
rec-go-to-child = Go to the child's record
