### Signing in and out.

## Sign in (auth/sign_in.html)
auth-title = Sign in
auth-heading = Sign in to securebase
auth-signed-out = You have signed out.
auth-kept = Your session ended, so we kept what you typed. Sign in again and you will go straight back to the form.
auth-too-many = Too many attempts
auth-email = Email address
auth-password = Password
auth-forgotten = If you have forgotten your password, ask your agency's administrator to reset it.

## Refusals (auth/sign_in.rs)
auth-failed = The email address or password is not right. Check them and try again.
auth-wait-seconds = { $seconds ->
    [one] There have been too many attempts to sign in. Wait { $seconds } second and try again.
   *[other] There have been too many attempts to sign in. Wait { $seconds } seconds and try again.
}
auth-wait-minutes = { $minutes ->
    [one] There have been too many attempts to sign in. Wait { $minutes } minute and try again.
   *[other] There have been too many attempts to sign in. Wait { $minutes } minutes and try again.
}
