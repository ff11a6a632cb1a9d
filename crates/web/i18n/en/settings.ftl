### A person's own settings (settings/)

settings-title = Your settings
settings-language-heading = Language
settings-language-legend = Which language do you want to read securebase in?
settings-language-hint = Records keep the words they were written in: an assessment made in another language shows its own wording, and says so.
settings-language-org = Your organisation's language
settings-language-save = Save language
settings-language-saved = Your language is saved.
settings-language-unknown = Choose one of the languages listed
settings-password-heading = Change your password
settings-password-lead = You stay signed in here. Anywhere else you are signed in (another computer or a phone) is signed out.
settings-current = Current password
settings-current-missing = Enter your current password
settings-current-wrong = That is not your current password. Check it and try again
settings-new = New password
settings-new-hint = At least 12 characters. A few unrelated words make a strong password that is easy to remember.
settings-new-same = Your new password must be different from your current one
settings-password-save = Change password
settings-password-changed = Your password is changed. Other places where you were signed in have been signed out.
