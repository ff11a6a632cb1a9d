### charts: the words drawn in and around the SVG charts (the petals and the progress chart).

## Dates on a chart: "3 May 2025", and a month on the time axis, "May 2025"
chart-date = { $day } { $month } { $year }
chart-month = { $month } { $year }

## The petals (charts/petals.rs)
chart-secure-base = The secure base
# The words at the centre of the petals, on two lines.
chart-secure-base-line-1 = Secure
chart-secure-base-line-2 = base
chart-not-rated = not rated
chart-out-of-ten = { $rating } out of 10
chart-caregiving-family = caregiving family
chart-birth-family = birth family
# A doubly rated petal: "caregiving family 6, birth family 3".
chart-petal-both = { $first } { $first_rating }, { $second } { $second_rating }
chart-petal-both-out-of-ten = { $name }: { $ratings } out of 10
chart-no-ratings = No ratings.
chart-petals-description = Five petals around the secure base, one for each dimension, each as long as its rating out of 10.
chart-latest-title = Ratings at the latest signed-off assessment, { $date }
chart-latest-title-for = Ratings at the latest signed-off assessment for { $name }, { $date }
chart-print-title = Ratings: { $subject }, { $date }

## The progress chart (charts/progress.rs)
chart-progress-title = Ratings over time
chart-progress-title-for = Ratings over time for { $name }
chart-progress-description = One line for each dimension, from the first signed-off assessment to the latest.
chart-progress-empty = No signed-off assessments yet
chart-progress-ties = Where ratings are the same, the markers are drawn side by side and the lines slightly apart, so each can be seen.
chart-progress-y-axis = Rating (out of 10)
chart-series-no-ratings = { $name }: no ratings yet
