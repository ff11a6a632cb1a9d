### Logge inn og ut.

## Logg inn (auth/sign_in.html)
auth-title = Logg inn
auth-heading = Logg inn i securebase
auth-signed-out = Du er logget ut.
auth-kept = Økten din ble avsluttet, så vi har tatt vare på det du skrev. Logg inn igjen, så kommer du rett tilbake til skjemaet.
auth-too-many = For mange forsøk
auth-email = E-postadresse
auth-password = Passord
auth-forgotten = Hvis du har glemt passordet ditt, kan du be administratoren i virksomheten din om å tilbakestille det.

## Avvisninger (auth/sign_in.rs)
auth-failed = E-postadressen eller passordet er feil. Sjekk dem og prøv igjen.
auth-wait-seconds = { $seconds ->
    [one] Det har vært for mange forsøk på å logge inn. Vent { $seconds } sekund og prøv igjen.
   *[other] Det har vært for mange forsøk på å logge inn. Vent { $seconds } sekunder og prøv igjen.
}
auth-wait-minutes = { $minutes ->
    [one] Det har vært for mange forsøk på å logge inn. Vent { $minutes } minutt og prøv igjen.
   *[other] Det har vært for mange forsøk på å logge inn. Vent { $minutes } minutter og prøv igjen.
}
