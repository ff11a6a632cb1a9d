### assessments: starting one, its sections, evidence, the workflow, amendments, and the
### read-only, print, comparison and profile views.

## Shared by the assessment pages
asmt-back-to = Back to { $name }
asmt-back-to-assessment = Back to the assessment
asmt-back-to-sections = Back to the sections
asmt-assessment = Assessment
asmt-status-unknown = Unknown
asmt-child = Child
asmt-carer = Carer
asmt-band-used = Age band used
asmt-written-by = Written by
asmt-written-by-name = Written by { $name }
asmt-about = About this assessment
asmt-overall-summary = Overall summary
asmt-ratings = Ratings
asmt-rating = Rating
asmt-strengths = Strengths
asmt-needs = Needs
asmt-training-needs = Training and support needs
asmt-capacity-short = Capacity for short-term care
asmt-capacity-long = Capacity for long-term care
asmt-indicators = Indicators
asmt-evidence = Evidence
asmt-agency-indicator = (agency indicator)
asmt-not-written = Not written yet
asmt-not-rated = Not rated
asmt-not-answered-yet = Not answered yet
asmt-rating-out-of-ten = { $rating } out of 10
asmt-rating-waiting = { $rating } out of 10, waiting for evidence
asmt-ratings-both = { $caregiving }; birth family { $birth }
asmt-rating-caregiving-family = { $dimension }: caregiving family
asmt-rating-birth-family = { $dimension }: birth family
asmt-caregiving-family = Caregiving family
asmt-birth-family = Birth family
asmt-terms-both = Short-term and long-term care
asmt-terms-short = Short-term care
asmt-terms-long = Long-term care
asmt-version-first = First version
asmt-version-amendment = Amendment { $number }
asmt-version-amendment-lower = amendment { $number }
asmt-amendment-suffix = , amendment { $number }
asmt-kind-amendment = { $kind }, amendment { $number }
asmt-replaced = Replaced by a later amendment
asmt-save-draft = Save draft
asmt-date-hint = For example, 14.3.2026
asmt-no-carers = No carers are recorded in this household yet.
asmt-signed-off-as-worker = Social worker
# "A, B and C": `rest` is the names before the last, already joined with commas.
asmt-and-list = { $rest } and { $last }
asmt-placed-with = { $household }, { $kind } placement from { $date }
asmt-kept-save = We kept what you typed before your session ended. Check it, then save.
asmt-kept-evidence = We kept what you typed before your session ended. Check it, then add the evidence.
asmt-kept-amend = We kept what you typed before your session ended. Check it, then open the amendment.
asmt-kept-start = We kept what you typed before your session ended. Check it, then start the assessment.

## A piece of evidence, wherever it is shown
asmt-evidence-about = About:
asmt-evidence-what-happened = What happened:
asmt-evidence-worker-view = Worker's view:
asmt-evidence-recorded = Recorded by { $name }, { $when }

## The autosave script's messages (summary.html, section.html)
asmt-autosave-saved = Draft saved
asmt-autosave-not-saved = Not saved:
asmt-autosave-signed-out = You have been signed out, so this was not saved, but what you typed has been kept.
asmt-autosave-sign-in = Sign in again to carry on
asmt-autosave-conflict = Someone else has saved this since you opened it. Save it yourself to see both versions.
asmt-autosave-check = check the form and use Save draft.
asmt-autosave-offline = Could not reach securebase to save. Your typing is still here; use Save draft when you are back online.
asmt-autosave-rating-waits = Saved. Your rating is kept and waits for evidence: it counts once this dimension has a piece of evidence.
asmt-autosave-stale-section = Someone else has saved this section since you opened it. Use Save draft to see both versions.
asmt-autosave-stale-summary = Someone else has changed this assessment since you opened the summary. Use Save summary to see their summary beside yours.

## The assessments part of a record page (listing.html)
asmt-listing-heading = Secure Base assessments
asmt-listing-start = Start an assessment
asmt-listing-profile = See the profile and progress
asmt-listing-latest = Latest signed-off ratings
asmt-listing-latest-for = { $name }: latest signed-off ratings
asmt-listing-from = from
asmt-listing-the-assessment-of = the assessment of { $date }
asmt-listing-profile-note = The profile shows every rating over time.
asmt-listing-none = No assessments to show yet.
asmt-listing-none-carer = No caregiver assessments to show yet.
asmt-listing-caption = Secure Base assessments, newest first
asmt-listing-date = Date
asmt-listing-state = State

## Starting an assessment (start_child.html, start_caregiver.html)
asmt-start-child-title = Start an assessment: { $name }
asmt-start-child-caption = { $name }, born { $born }
asmt-start-child-heading = Start a Secure Base assessment
asmt-start-child-intro = You will look at each of the five dimensions in turn: how often you have seen each indicator, the evidence for it, the child's strengths and needs, and a rating from 0 to 10.
asmt-start-child-date-hint = The date the assessment describes. For example, 14.3.2026
asmt-start-child-band = Which age band's indicators fit this child?
asmt-start-child-reason = If you chose a younger band, why?
asmt-start-child-reason-hint = What you have seen that makes the child's emotional age younger than their years.
asmt-start-band-hint = On the assessment date the child's age band is { $band }.
asmt-start-band-for-age = The band for the child's age.
asmt-start-band-younger = A younger band, for a child whose emotional age is younger than their years.
asmt-start-button = Start the assessment
asmt-start-caregiver-title = Start a caregiver assessment
asmt-start-caregiver-back = Back to the household
asmt-start-caregiver-intro = You will look at the carer's capacity in each of the five dimensions, with evidence from their past and present life and from caring, for short-term and for long-term care, and name any training and support needs.
asmt-start-caregiver-add-first = Add the carers to the household first.
asmt-start-caregiver-member = Which carer are you assessing?
asmt-error-assessed-on = Assessment date: { $problem }
asmt-error-before-birth = The assessment date is before the child was born.
asmt-error-band = Choose the age band to assess against.
asmt-error-reason-long = The reason must be 2,000 characters or fewer.
asmt-error-member = Choose the carer to assess.

## An assessment's own page (overview.html, header.html, facts.html, read.html)
asmt-notice-started = The assessment has been started. Work through each dimension; your draft is saved as you go.
asmt-notice-saved = Your changes have been saved.
asmt-notice-submitted = The assessment has been submitted for sign-off.
asmt-notice-signed-off = The assessment has been signed off. It can no longer be changed; amend it if something needs correcting.
asmt-notice-returned = The assessment has been returned to its author as a draft.
asmt-notice-stale = Someone else changed this assessment just before you, so nothing was done. Check it and try again.
asmt-notice-saved-rating-waits = Your changes have been saved. The rating you gave is kept and waits for evidence: it counts once this dimension has a piece of evidence.
asmt-notice-rating-waits = Your changes have been saved. The rating you gave is kept and waits for evidence: add a piece of evidence here and it will count.
asmt-notice-evidence-added = The evidence has been added.
asmt-notice-evidence-removed = The evidence has been removed from the draft.
asmt-notice-amendment = This amendment is a new draft version. The signed-off version stays as it was until this one is signed off.
asmt-header-superseded = This version has been replaced by an amendment.
asmt-header-read-current = Read the current version
asmt-header-returned = Returned for changes:
asmt-overview-sections = Sections
asmt-overview-intro-child = Work through each dimension: say how often you have seen each indicator, record the evidence, then write the strengths and needs and give a rating. Your draft is saved as you go.
asmt-overview-intro-carer = Work through each dimension: say how often you have seen each indicator, record the evidence from the carer's past and present life and from caring, then write their strengths, their capacity for short-term and for long-term care and any training and support needs, and give a rating. Your draft is saved as you go.
asmt-overview-summary-optional = Overall summary (optional)
asmt-overview-ready = Every section is complete.
asmt-overview-ready-manager = Submitting sends the assessment to a team manager to sign off.
asmt-overview-ready-self = After submitting, read it through once more and sign it off.
asmt-overview-not-ready = You can submit once every section is complete.
asmt-overview-not-ready-summary = You can submit once every section is complete and the overall summary is written.
asmt-overview-submit = Submit for sign-off
asmt-overview-sign-off = Sign off
asmt-overview-sign-off-intro = Read the assessment below. Signing off makes it final: it can then only be changed by an amendment, which keeps this version.
asmt-overview-sign-off-button = Sign off this assessment
asmt-overview-return = Return it for changes instead
asmt-overview-return-note = What needs changing
asmt-overview-return-note-hint = Up to 2,000 characters. The author sees this note at the top of the draft.
asmt-overview-return-button = Return to the author
asmt-overview-waiting = This assessment is waiting to be signed off.
asmt-overview-waiting-manager = This assessment is waiting to be signed off by a team manager.
asmt-overview-actions = What you can do
asmt-overview-print = Print view
asmt-overview-versions = Versions
asmt-overview-this-page = (this page)
asmt-overview-reason = Reason:
asmt-overview-written-so-far = What has been written so far
asmt-facts-date = Assessment date
asmt-facts-living-with = Living with on that date
asmt-facts-carers = Carers: { $names }
asmt-facts-not-placed = Not placed with a household on this date.
asmt-facts-younger-band = The child's age band is { $band }. A younger band was chosen because:
asmt-facts-started = { $name }, started { $when }
asmt-facts-submitted = Submitted
asmt-facts-signed-off = Signed off
asmt-facts-why-amended = Why it was amended
asmt-facts-content-version = Content version
asmt-read-rating-caregiving = Rating: caregiving family
asmt-read-rating-birth = Rating: birth family
asmt-read-child-words = In the child's own words
asmt-read-no-evidence = No evidence recorded.
asmt-missing-answers = { $count ->
    [one] answer the indicator not answered yet
   *[other] answer the { $count } indicators not answered yet
}
asmt-missing-short-term = write the capacity for short-term care
asmt-missing-long-term = write the capacity for long-term care
asmt-missing-evidence = add evidence
asmt-missing-both-ratings = give both ratings
asmt-missing-rating-caregiving = give the rating for the caregiving family
asmt-missing-rating-birth = give the rating for the birth family
asmt-missing-rating = give the rating
asmt-error-complete = Complete { $dimension } before submitting.
# `missing` is a list of the things still to do, such as "add evidence and give the rating".
asmt-error-complete-missing = Complete { $dimension } before submitting: { $missing }.
asmt-error-summary-missing = Write the overall summary before submitting: the panel or review reads it first.
asmt-error-changed-meanwhile = Something changed while you were submitting. Check the sections and submit again.
asmt-error-note-missing = Say what needs changing before returning it.
asmt-error-note-long = The note of what needs changing must be 2,000 characters or fewer.

## One dimension of an assessment (section.html)
asmt-section-band = Indicators for { $band }.
asmt-section-theirs = What { $name } saved
asmt-section-child-view = The child's view
asmt-section-evidence-hint = Each piece of evidence is a specific occasion: what happened, when, and who it comes from. Your own view is kept apart from the account. A rating needs at least one piece of evidence.
asmt-section-no-evidence = No evidence recorded for { $dimension } yet.
asmt-section-remove-confirm = Remove this piece of evidence from the draft?
asmt-section-remove = Remove
asmt-section-remove-which = the evidence from { $date }
asmt-section-indicators-hint = For each one, how often have you seen it?
asmt-section-yours = Your assessment
asmt-section-complete-child = This dimension is complete once every indicator is answered and the rating is given.
asmt-section-complete-child-both = This dimension is complete once every indicator is answered and both ratings are given.
asmt-section-complete-carer = This dimension is complete once every indicator is answered, both capacities (for short-term and for long-term care) are written and the rating is given.
asmt-section-strengths-hint-child = What is going well for the child in this dimension, and what helps it go well.
asmt-section-needs-hint-child = What the child still needs from the adults around them here.
asmt-section-child-view-label = The child's own view (optional)
asmt-section-child-view-hint = In the child's own words, where they have given them.
asmt-section-strengths-hint-carer = What the carer already does well in this dimension, with the evidence from their past and present life and from caring.
asmt-section-short-term-hint = What they can offer a child who stays for weeks or months.
asmt-section-long-term-hint = What they can offer a child growing up with them.
asmt-section-needs-hint-carer = What would help them grow in this dimension.
asmt-section-waiting-tag = Waiting for evidence
asmt-section-waiting = The rating you gave ({ $rating }) is saved. It counts once this dimension has a piece of evidence.
asmt-section-add-evidence-for = Add evidence for { $dimension }
asmt-section-rating-caregiving = Rating for the caregiving family, 0 to 10
asmt-section-rating-caregiving-hint = How far the child belongs in the family they live with.
asmt-section-rating-birth = Rating for the birth family, 0 to 10
asmt-section-rating-birth-hint = How comfortably the child belongs with and feels connected to their birth family.
asmt-section-rating = Rating, 0 to 10
asmt-section-rating-hint = Give a rating once the evidence supports it. A rating given before any evidence is added is kept, waiting for it.
asmt-section-save-evidence = Save and add evidence
asmt-section-save-back = Save and go back to the sections
asmt-section-locked = This assessment is { $status } and can no longer be changed here.
asmt-section-read-whole = Read the whole assessment
asmt-section-stale = { $name } saved this section at { $when } while you were working on it. What they saved is shown below yours. Check both, then save again to keep what is on this form.
asmt-error-choose-answer = Choose one of the answers for “{ $indicator }”.
asmt-error-strengths-long = Strengths must be 10,000 characters or fewer.
asmt-error-needs-long = Needs must be 10,000 characters or fewer.
asmt-error-child-view-long = The child's view must be 10,000 characters or fewer.
asmt-error-short-term-long = Short-term capacity must be 10,000 characters or fewer.
asmt-error-long-term-long = Long-term capacity must be 10,000 characters or fewer.

## Adding evidence (evidence.html)
asmt-evidence-title = Add evidence: { $dimension }
asmt-evidence-intro = Record one specific occasion. Keep to what happened and who saw or said it; there is a separate box for your own view.
asmt-evidence-indicator = Which indicator does it show? (optional)
asmt-evidence-indicator-hint = Leave this as it is if it speaks to the dimension as a whole.
asmt-evidence-indicator-whole = The dimension as a whole
asmt-evidence-when = When it happened
asmt-evidence-source = Where does this come from?
asmt-evidence-life-area = Which part of the carer's life?
asmt-evidence-account = What happened
asmt-evidence-account-hint = Who was there, what was said and done, and what followed.
asmt-evidence-opinion = Your view (optional)
asmt-evidence-opinion-hint = What you make of it, kept apart from the account above.
asmt-evidence-add = Add evidence
asmt-evidence-add-another = Add and record another
asmt-error-happened-on = Date it happened: { $problem }
asmt-error-source = Choose where this evidence comes from.
asmt-error-life-area = Choose which part of the carer's life this comes from.
asmt-error-account = Describe what happened.
asmt-error-account-long = What happened must be 10,000 characters or fewer.
asmt-error-opinion-long = Your view must be 10,000 characters or fewer.
asmt-error-last-evidence = This is the only evidence for { $dimension }, and the rating rests on it, so it has not been removed. To remove it, first clear the rating (empty the box and save the draft), or add the evidence that takes its place.

## The overall summary (summary.html)
asmt-summary-title = Overall summary: { $subject }
asmt-summary-child = Summary (optional)
asmt-summary-child-hint = How the child is doing across the five dimensions, what is helping, and what to look for next.
asmt-summary-carer = Summary for the panel or annual review
asmt-summary-carer-hint = The carer's strengths and capacities across the five dimensions, for short-term and long-term care, and the training and support that would help. Write it so a panel can read it on its own.
asmt-summary-save = Save summary
asmt-summary-stale = { $name } changed this assessment at { $when } while you were writing. Their summary reads: “{ $summary }”. What you typed is still below; save again to keep it.
asmt-error-summary-long = The summary must be 20,000 characters or fewer.

## Amending a signed-off assessment (amend.html)
asmt-amend-title = Amend: { $subject }
asmt-amend-heading = Amend this assessment
asmt-amend-intro = An amendment is a new draft version with everything in this one copied into it. This signed-off version stays as it is, and both remain readable. The amendment needs signing off in the same way.
asmt-amend-reason = Why is it being amended?
asmt-amend-reason-hint = For example, a date was wrong, or new evidence has come to light.
asmt-amend-button = Open an amendment

## Comparing two assessments (compare_choose.html, compare.html)
asmt-compare-choose-title = Compare: { $subject }
asmt-compare-with-another = Compare with another assessment
asmt-compare-choose-intro = This assessment is dated { $date }. Choose another assessment of { $subject } to see, side by side, how the ratings and indicators have moved and the new evidence behind the change.
asmt-compare-choose-none-child = There is no other submitted or signed-off child assessment of { $subject } yet. Once there is, you can compare the two here.
asmt-compare-choose-none-carer = There is no other submitted or signed-off caregiver assessment of { $subject } yet. Once there is, you can compare the two here.
asmt-compare-choose-label = Assessments to compare with
asmt-compare-choice = Assessment of { $date }
asmt-compare-choice-replaced = (replaced by a later amendment)
asmt-compare-title = Compare: { $subject }, { $older } and { $newer }
asmt-compare-choose-other = Choose other assessments to compare
asmt-compare-heading = What has changed since { $date }
asmt-compare-earlier = Earlier assessment
asmt-compare-later = Later assessment
asmt-compare-age-band = Age band
asmt-compare-age-band-hint = Some indicators differ between the bands, so only those asked in both are compared.
asmt-compare-ratings = Ratings side by side
asmt-compare-ratings-caption = Ratings at { $older } and at { $newer }, out of 10
asmt-compare-dimension = Dimension
asmt-compare-change = Change
asmt-compare-change-up = { $before } → { $after } (up { $difference })
asmt-compare-change-down = { $before } → { $after } (down { $difference })
asmt-compare-change-none = { $before } → { $after } (no change)
asmt-compare-change-other = { $before } → { $after }
asmt-compare-moved = Indicators that moved
asmt-compare-all-same = Every indicator asked in both assessments has the same answer.
asmt-compare-none-shared = No indicator was asked in both assessments.
asmt-compare-not-answered = Not answered
asmt-compare-verdict-up = Progress: seen more often now
asmt-compare-verdict-down = Seen less often now
asmt-compare-verdict-changed = Changed
asmt-compare-unchanged = { $count ->
    [one] { $count } other indicator has the same answer in both.
   *[other] { $count } other indicators have the same answer in both.
}
asmt-compare-only-newer = { $count ->
    [one] { $count } indicator was asked only in the later assessment.
   *[other] { $count } indicators were asked only in the later assessment.
}
asmt-compare-only-older = { $count ->
    [one] { $count } indicator was asked only in the earlier one.
   *[other] { $count } indicators were asked only in the earlier one.
}
asmt-compare-new-evidence = New evidence
asmt-compare-new-evidence-whole = New evidence for the dimension as a whole
asmt-compare-no-new-evidence = No other evidence was added for { $dimension } since the earlier assessment.

## The print view (print.html)
asmt-print-toolbar = Printing
asmt-print-button = Print this page
asmt-print-hint = This page is laid out for A4 paper. You can also save it as a PDF from your browser's print dialogue.
asmt-print-signed-off = Signed off by { $name }, { $role }, on { $date }.
asmt-print-confidential = Confidential: personal information.
asmt-print-confidential-child = Confidential: personal information about a child.
asmt-print-caption-child = Secure Base child assessment
asmt-print-caption-carer = Secure Base caregiver assessment
asmt-print-superseded = This version has since been replaced by an amendment. The current version is at
asmt-print-superseded-link = its own page
asmt-print-sign-off = Sign-off
asmt-print-written-by = Written by { $name }.
asmt-print-amendment = This is amendment { $number }. Why it was amended:

## The Secure Base profile (profile.html, profile_table.html)
asmt-profile-title = Secure Base profile: { $name }
asmt-profile-household = Household
asmt-profile-lead-child = How { $name } is doing in each of the five dimensions, from every signed-off assessment.
asmt-profile-lead-household = Each carer's strengths in the five dimensions, from every signed-off caregiver assessment.
asmt-profile-hint = Ratings run from 0 to 10. Where an assessment was amended, the amended version is shown. The same numbers are in a table under each chart.
asmt-profile-none-child = No assessment has been signed off yet. Once one is, its ratings will show here, and each one after it will show how things are moving.
asmt-profile-none-carer = No caregiver assessment of { $name } has been signed off yet. Once one is, its ratings will show here, and each one after it will show how things are moving.
asmt-profile-latest = Latest ratings
asmt-profile-from = From the assessment of
asmt-profile-over-time = Ratings over time
asmt-profile-one-so-far = There is one signed-off assessment so far; the lines will grow with the next one.
asmt-profile-table-caption = Ratings at each signed-off assessment, oldest first
asmt-profile-table-caption-carer = Ratings at each signed-off assessment of { $name }, oldest first
asmt-profile-table-assessment = Assessment
asmt-profile-a-carer = A carer

## When the assessment's wording is in another language than the reader's
asmt-written-in = This assessment was written in { $language }. Its indicators and rating scales are shown in the words it was made with.
