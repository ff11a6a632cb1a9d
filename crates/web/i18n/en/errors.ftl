### Error pages and refused requests: what someone sees when a page cannot be shown.

## Every error page (error.html)
err-go-home = Go to your home page

## Page not found (error.rs)
err-not-found-title = Page not found
err-not-found-1 = We could not find that page. If you typed the web address, check it is correct.
err-not-found-2 = If you followed a link to a record, it may have moved, or it may not be one you can open.

## A rule refused the change (error.rs)
err-conflict-title = This could not be done
err-conflict-nothing-changed = Nothing was changed. Go back, reload the page and try again.

## A form sent from another website (error.rs)
err-cross-site-title = This request was refused
err-cross-site-1 = The form was sent from another website, so securebase did not act on it.
err-cross-site-2 = If you were using securebase, go back to the page, reload it and try again.

## Something went wrong (error.rs)
err-internal-title = Sorry, something went wrong
err-internal-1 = Something went wrong on our side and your request could not be completed.
err-internal-2 = Please go back and try again. If it keeps happening, tell your agency's administrator the time it happened.

## Requests that could not be read (extract.rs)
err-too-large-title = What you sent is too large
err-too-large-1 = The form was too large to be received, so nothing was saved.
err-too-large-2 = Go back and send less at a time.
err-unreadable-title = This request could not be read
err-media-type-1 = It was not sent the way a securebase form sends it, so nothing was done.
err-media-type-2 = Go back, reload the page and try again.
err-timeout-title = This took too long
err-timeout-1 = The request took too long, so it was stopped.
err-timeout-2 = Go back and try again.
err-bad-request-1 = Part of the web address or of the form was not what securebase expected, so nothing was done.
err-bad-request-2 = Go back, reload the page and try again. If you typed the web address, check it is correct.
err-refused-title = Some of what you typed could not be saved
err-refused-field = “{ $field }”
err-refused-which = The answers to { $fields } contain hidden characters that cannot be saved.
err-refused-1 = They may have come with text pasted from elsewhere. Nothing was saved.
err-refused-2 = Go back, remove them (retyping the answer is the surest way) and try again.

## Answers a form cannot take (extract.rs)
err-control-character = This answer contains a hidden control character, perhaps from pasted text. Remove it and try again.
err-line-break = This answer must be on one line, without tabs or line breaks.
err-field-name = This form was sent with a field name that cannot be read. Reload the page and try again.

## A form sent after the session ended, whose nobody knows (kept.rs)
err-not-kept-title = You are signed out, so this was not saved
err-not-kept-1 = Your session had ended before you sent this form, and we could not tell whose it was, so what you typed has not been kept for you or for anyone else.
err-not-kept-2 = Your browser may still show it if you go back to the form: copy anything you need somewhere safe before you sign in again.
