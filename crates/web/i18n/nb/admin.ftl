### Administrasjon: brukere, team, virksomhetens fagstoff og innstillinger, og tilgangsloggen.

## Felles for administrasjonssidene
admin-added-on = Lagt til { $date }

## Brukere (admin_users/list.html)
admin-users-title = Brukere
admin-users-add = Legg til en bruker
admin-users-caption = Personer som kan logge inn i virksomheten din
admin-users-col-name = Navn
admin-users-col-email = E-post
admin-users-col-role = Rolle
admin-users-col-status = Status
admin-users-col-actions = Handlinger
admin-users-you = (deg)
admin-users-disabled = Deaktivert
admin-users-active = Aktiv
admin-users-enable = Aktiver
admin-users-disable-confirm = Vil du deaktivere denne kontoen? Personen blir logget ut med en gang.
admin-users-disable = Deaktiver
admin-users-reset = Tilbakestill passord
admin-users-reset-for = for { $name }

## Brukere: hva som skjedde, og avvisninger (admin_users/mod.rs)
admin-users-added-notice = { $name } er lagt til og kan nå logge inn.
admin-users-disabled-notice = Kontoen til { $name } er deaktivert. Personen er logget ut overalt.
admin-users-enabled-notice = Kontoen til { $name } er aktivert igjen.
admin-users-password-notice = Passordet til { $name } er tilbakestilt. Alle øktene personen hadde, er avsluttet.
admin-users-self = Du kan ikke deaktivere din egen konto. Be en annen administrator gjøre det.
admin-users-name-empty = Skriv inn hele navnet til personen
admin-users-role-missing = Velg rollen til personen
admin-users-email-taken = Det finnes allerede en bruker med den e-postadressen

## Legg til en bruker (admin_users/new.html)
admin-back-to-users = Tilbake til brukere
admin-new-name = Fullt navn
admin-new-email = E-postadresse
admin-new-email-hint = Personen logger inn med denne.
admin-new-role = Rolle
admin-new-password = Første passord
admin-new-password-hint = Minst 12 tegn. Noen ord satt sammen er lette å huske og vanskelige å gjette. Gi passordet til personen uten at andre får se det.
admin-new-submit = Legg til bruker

## Tilbakestill et passord (admin_users/password.html)
admin-password-heading = Tilbakestill passordet til { $name }
admin-password-lead = Personen blir logget ut på alle enheter så snart du lagrer.
admin-password-new = Nytt passord
admin-password-hint = Minst 12 tegn. Gi passordet til personen uten at andre får se det.

## Team (admin_teams/list.html)
admin-teams-title = Team
admin-teams-lead = Et team samler medarbeidere under teamlederne som har oversikt over sakene deres. En teamleder ser barna og hjemmene til alle i teamene sine.
admin-teams-empty = Ingen er med i dette teamet ennå.
admin-teams-manager = Teamleder
admin-teams-remove = Fjern
admin-teams-remove-who = { $name } fra { $team }
admin-teams-add-person = Legg til en person i { $team }
admin-teams-they-manage = Personen leder dette teamet
admin-teams-add-to = Legg til i teamet
admin-teams-add-heading = Legg til et team
admin-teams-name = Navn på teamet
admin-teams-add-submit = Legg til team

## Team: hva som skjedde, og avvisninger (admin_teams/mod.rs)
admin-teams-created = Teamet er opprettet.
admin-teams-updated = Teamet er oppdatert.
admin-teams-name-empty = Skriv inn navnet på teamet
admin-teams-name-taken = Det finnes allerede et team med det navnet
admin-teams-choose-person = Velg personen som skal legges til i teamet

## Sidene om fagstoff (admin_content/subnav.html)
admin-indicators-title = Virksomhetens indikatorer
admin-settings-title = Innstillinger for virksomheten

## Virksomhetens indikatorer (admin_content/indicators.html)
admin-ind-lead = Legg til egne indikatorer der dere i praksis ser etter noe som indikatorene som følger med, ikke nevner.
admin-ind-intro = Indikatorene deres kommer med i nye kartlegginger ved siden av dem som følger med securebase, i den dimensjonen og aldersgruppen (eller, for omsorgspersoner, det aspektet) du velger. Hver kartlegging beholder indikatorene den ble startet med: Når du legger til, arkiverer eller gjenoppretter en indikator her, endrer det bare kartlegginger som startes etterpå.
admin-ind-in-use = I bruk
admin-ind-none = Virksomheten din har ikke lagt til noen indikatorer ennå. Nye kartlegginger bruker bare indikatorene som følger med.
admin-ind-caption-active = Indikatorer virksomheten din har lagt til, i bruk
admin-ind-col-indicator = Indikator
admin-ind-col-for = Gjelder
admin-ind-col-dimension = Dimensjon
admin-ind-col-action = Handling
admin-ind-evidence = Dokumentasjon: { $note }
admin-ind-archive = Arkiver
admin-ind-archived = Arkivert
admin-ind-archived-lead = Arkiverte indikatorer tas ikke med i nye kartlegginger. Kartlegginger som allerede har en av dem, beholder den.
admin-ind-caption-archived = Arkiverte indikatorer
admin-ind-restore = Gjenopprett
admin-ind-add = Legg til en indikator
admin-ind-kind-legend = Hvilke kartlegginger gjelder den?
admin-ind-dimension-legend = Hvilken dimensjon hører den til?
admin-ind-child-heading = For en indikator for barn
admin-ind-band-legend = Hvilken aldersgruppe er den skrevet for?
admin-ind-band-hint = Barn kartlegges etter indikatorene for én aldersgruppe, vanligvis gruppen som passer alderen deres.
admin-ind-caregiver-heading = For en indikator for omsorgspersoner
admin-ind-aspect-legend = Hva ser den på?
admin-ind-aspect-hint = Modellen ser hver for seg på hva som foregår i tankene til omsorgspersonen, og hva omsorgspersonen gjør.
admin-ind-care-legend = Hvilke typer omsorg gjelder den?
admin-ind-care-hint = Velg én eller begge.
admin-ind-text-label = Ordlyd
admin-ind-text-hint = Én konkret ting som kan observeres, med enkle ord, inntil 500 tegn. For eksempel: Ser mot omsorgspersonen før barnet prøver noe nytt.
admin-ind-note-label = Merknad om dokumentasjon
admin-ind-note-hint = Hvordan god dokumentasjon på den ser ut, som veiledning for den som kartlegger: for eksempel en datert hendelse og hvem som så den. Inntil 500 tegn.
admin-ind-submit = Legg til indikator

## Virksomhetens indikatorer: valg, hva som skjedde, og avvisninger (admin_content/mod.rs)
admin-ind-for-child = Kartlegging av barn
admin-ind-for-caregiver = Kartlegging av omsorgspersoner
admin-ind-kind-child-hint = Noe et barn i én aldersgruppe viser.
admin-ind-kind-caregiver-hint = Noe en omsorgsperson tenker, føler eller gjør.
admin-ind-care-short = Kortvarig omsorg
admin-ind-care-long = Langvarig omsorg
admin-ind-applies = { $aspect }; { $care }
admin-ind-applies-both = kortvarig og langvarig omsorg
admin-ind-applies-short = kortvarig omsorg
admin-ind-applies-long = langvarig omsorg
admin-ind-choose-kind = Velg om indikatoren gjelder kartlegging av barn eller av omsorgspersoner
admin-ind-choose-dimension = Velg dimensjonen indikatoren hører til
admin-ind-choose-band = Velg aldersgruppen indikatoren er skrevet for
admin-ind-choose-aspect = Velg om indikatoren handler om omsorgspersonens tanker og følelser eller om det omsorgspersonen gjør
admin-ind-choose-care = Velg kortvarig omsorg, langvarig omsorg eller begge
admin-ind-text-empty = Skriv inn ordlyden til indikatoren
admin-ind-text-long = Ordlyden kan ikke være lenger enn { $max } tegn
admin-ind-text-control = Ordlyden kan ikke inneholde kontrolltegn
admin-ind-hint-empty = Skriv en merknad om hvordan god dokumentasjon på den ser ut
admin-ind-hint-long = Merknaden om dokumentasjon kan ikke være lenger enn { $max } tegn
admin-ind-hint-control = Merknaden om dokumentasjon kan ikke inneholde kontrolltegn
admin-ind-added-notice = Indikatoren er lagt til. Kartlegginger som startes fra nå av, tar den med.
admin-ind-archived-notice = Indikatoren er arkivert. Nye kartlegginger tar den ikke med; kartlegginger som allerede har den, beholder den.
admin-ind-restored-notice = Indikatoren er gjenopprettet. Kartlegginger som startes fra nå av, tar den med igjen.

## Innstillinger for virksomheten (admin_content/settings.html)
admin-settings-sign-off-heading = Hvem som godkjenner kartlegginger
admin-settings-sign-off-lead = En kartlegging etter Trygg Base-modellen blir endelig når den er godkjent. Etter det kan den bare endres ved at noen lager en endring, og den godkjente versjonen blir tatt vare på. Velg hvem som godkjenner kartleggingene i virksomheten din.
admin-settings-sign-off-hint = Kartlegginger som allerede er sendt til godkjenning, godkjennes etter det valget som gjelder når noen godkjenner dem.
admin-settings-sign-off-legend = Hvem godkjenner en kartlegging som er sendt til godkjenning?
admin-settings-zone = Tidssone
admin-settings-zone-lead = Tidspunkter lagres i koordinert universaltid (UTC) og vises for folk i virksomheten din i denne tidssonen, med forkortelsen for sonen (CET eller CEST i Norge).
admin-settings-zone-hint = Hele navnet, for eksempel Europe/Oslo eller Europe/London.
admin-settings-save = Lagre

## Innstillinger for virksomheten: valg, hva som skjedde, og avvisninger (admin_content/mod.rs)
admin-rule-worker = Den som skrev kartleggingen
admin-rule-worker-hint = Når kartleggingen er sendt til godkjenning, leser forfatteren den gjennom én gang til og godkjenner den selv.
admin-rule-manager = En annen teamleder enn forfatteren
admin-rule-manager-hint = Forfatteren sender den til godkjenning; en teamleder i teamet godkjenner den, eller sender den tilbake med en merknad om hva som må endres.
admin-settings-saved = Lagret. Kartlegginger som sendes til godkjenning fra nå av, følger dette valget, og tidspunkter vises i tidssonen du valgte.
admin-settings-choose-rule = Velg hvem som godkjenner kartleggingene i virksomheten din
admin-settings-zone-unknown = Skriv inn hele navnet på en tidssone, for eksempel Europe/Oslo eller Europe/London

## Tilgangslogg (audit_trail.html)
audit-title = Tilgangslogg
audit-lead = Alle visninger og endringer av journalen til et barn eller et hjem, og alle innlogginger, utlogginger og administrative endringer (kontoer, roller, team, innstillinger og fagstoff), de nyeste først, enten de ble gjort her eller på kommandolinjen. Journalene vises bare med referansen sin. Følg lenken til en journal for å se alle som har sett eller endret den.
audit-empty = Ingenting er registrert ennå.
audit-caption = Hendelser i tilgangsloggen
audit-col-when = Når
audit-col-who = Hvem
audit-col-what = Hva
audit-col-record = Journal
audit-col-from = Fra
audit-older = Eldre hendelser

## Hva som skjedde, med ord (audit_trail.rs)
audit-sign-in = Logget inn
audit-sign-in-failed = Prøvde å logge inn, men ble avvist
audit-sign-out = Logget ut
audit-user-created = La til kontoen, som { $roles }
audit-user-roles = Endret rollene til { $roles }
audit-user-disabled = Deaktiverte kontoen
audit-user-enabled = Aktiverte kontoen
audit-user-password = Tilbakestilte passordet
audit-org-created = La til virksomheten
audit-sign-off-rule = Bestemte hvem som godkjenner kartlegginger: { $rule }
audit-rule-worker = forfatteren selv
audit-rule-manager = en annen teamleder
audit-time-zone = Tidssone { $zone }
audit-team-created = Opprettet teamet
audit-team-updated = Endret medlemmene i teamet
audit-indicator-created = La til en indikator for virksomheten
audit-indicator-archived = Arkiverte en indikator for virksomheten
audit-indicator-restored = Gjenopprettet en indikator for virksomheten
audit-viewed = Åpnet
audit-created = Opprettet
audit-updated = Endret
audit-exported = Eksporterte hele journalen
audit-archived = Arkiverte
audit-restored = Gjenopprettet
audit-placement-start = Startet en plassering
audit-placement-end = Avsluttet en plassering
audit-allocated = Fordelte saken
audit-evidence-added = La til et eksempel
audit-evidence-removed = Fjernet et eksempel
audit-submitted = Sendte til godkjenning
audit-signed-off = Godkjente
audit-returned = Sendte tilbake
audit-amended = Lagde en endring

## Hvilken journal (audit_trail.rs)
audit-record-account-of = Kontoen til { $name }
audit-record-account = Konto { $id }
audit-record-organisation = Virksomheten
audit-record-child = barn { $id }
audit-record-household = hjem { $id }
audit-record-assessment = kartlegging { $id }
audit-record-team = team { $id }
audit-record-agency-indicator = indikator for virksomheten { $id }
audit-record-child-profile = barnets profil { $id }
audit-record-household-profile = hjemmets profil { $id }
audit-record-unknown-account = ukjent konto { $id }

## Innstillinger for virksomheten: språket
admin-settings-language-heading = Språk
admin-settings-language-lead = Språket de ansatte i virksomheten bruker securebase på, med mindre de velger et eget språk i innstillingene sine.
admin-settings-language-legend = Virksomhetens språk
admin-settings-language-choose = Velg et av språkene i listen
