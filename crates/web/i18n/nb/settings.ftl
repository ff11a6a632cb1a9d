### Dine egne innstillinger (settings/)

settings-title = Dine innstillinger
settings-language-heading = Språk
settings-language-legend = Hvilket språk vil du bruke securebase på?
settings-language-hint = Opplysninger beholder ordene de ble skrevet med: en kartlegging laget på et annet språk vises med sin egen ordlyd, og det står hvilket språk den er på.
settings-language-org = Språket til virksomheten din
settings-language-save = Lagre språk
settings-language-saved = Språket ditt er lagret.
settings-language-unknown = Velg et av språkene i listen
settings-password-heading = Bytt passord
settings-password-lead = Du forblir innlogget her. Alle andre steder du er innlogget (en annen datamaskin eller en telefon), blir du logget ut.
settings-current = Nåværende passord
settings-current-missing = Skriv inn det nåværende passordet ditt
settings-current-wrong = Det er ikke det nåværende passordet ditt. Sjekk det og prøv igjen
settings-new = Nytt passord
settings-new-hint = Minst 12 tegn. Noen ord som ikke hører sammen, gir et sterkt passord som er lett å huske.
settings-new-same = Det nye passordet må være et annet enn det nåværende
settings-password-save = Bytt passord
settings-password-changed = Passordet ditt er byttet. Andre steder der du var innlogget, er du nå logget ut.
