### Journaler: barn, hjem, plasseringer og det sidene deres har felles (rec-).

## Felles for journalsidene (records/)
rec-back-to-record = Tilbake til journalen
rec-back-to = Tilbake til { $name }
rec-change-details = Endre opplysninger
rec-save-changes = Lagre endringene
rec-form-restored = Vi tok vare på det du skrev før du ble logget ut. Se over og lagre.
rec-actions-label = Dette kan du gjøre
rec-allocate-worker = Velg ansvarlig
rec-who-viewed = Hvem har sett journalen
rec-on-this-page = På denne siden
rec-contents-secure-base = Trygg Base
rec-contents-changes = Endringer
rec-details = Opplysninger
rec-name = Navn
rec-dob = Fødselsdato
rec-dob-optional = Fødselsdato (valgfritt)
rec-notes = Notater
rec-notes-optional = Notater (valgfritt)
rec-not-recorded = Ikke registrert
rec-choose-all = Velg alle som passer.
rec-date-with-age = { $date } ({ $age } år)
rec-person-name-missing = Skriv inn navnet på personen
rec-child = Barn
rec-household = Hjem
rec-placement-type = Type plassering
rec-since = Siden
rec-planned-end = Planlagt slutt
rec-col-type = Type
rec-col-from = Fra
rec-col-to = Til
rec-why-ended = Årsak til avslutning
rec-earlier-placements = Tidligere plasseringer
rec-earlier-placements-caption = Tidligere plasseringer, nyeste først

## Meldinger etter en endring (records/mod.rs)
rec-notice-created = Journalen er opprettet. Du har saken nå.
rec-notice-saved = Endringene er lagret.
rec-notice-unchanged = Ingenting ble endret, så det var ingenting å lagre.
rec-notice-archived = Journalen er arkivert. Den blir tatt vare på og kan gjenopprettes når som helst.
rec-notice-restored = Journalen er gjenopprettet og kan endres igjen.
rec-notice-stale = Noen andre endret journalen rett før deg, så ingenting ble gjort. Se over journalen og prøv igjen.
rec-notice-person-added = Personen er lagt til.
rec-notice-member-added = Husstandsmedlemmet er lagt til.
rec-notice-allocated = Ansvarlig er valgt.
rec-notice-placement-started = Plasseringen er registrert.
rec-notice-placement-ended = Avslutningen av plasseringen er registrert.

## Kontroll av svar (records/check.rs); { $label } er navnet på feltet
rec-check-too-long = { $label } kan ikke være lenger enn { $max } tegn
rec-check-control = { $label } kan ikke inneholde skjulte kontrolltegn
rec-check-control-lines = { $label } kan ikke inneholde skjulte kontrolltegn (bortsett fra linjeskift)
rec-check-control-line = { $label } kan ikke inneholde skjulte kontrolltegn eller linjeskift
rec-check-date-invalid = { $label } må være en gyldig dato, for eksempel 27.3.2019
rec-check-date-future = { $label } må være i dag eller tidligere
rec-check-date-old = { $label } må være etter 1900
rec-check-number-range = { $label } må være mellom { $min } og { $max }
rec-check-number = { $label } må være et helt tall, for eksempel 2

## Toppen og bunnen av en journalside (records/record_top.html, archive.html)
rec-archived-tag = Arkivert
rec-archived-banner = Journalen er arkivert. Den er tatt vare på i sin helhet og kan ikke endres før den er gjenopprettet.
rec-restore-button = Gjenopprett journalen
rec-archive-heading = Arkivering
rec-archive-intro = Arkiver journalen når virksomheten ikke lenger arbeider med { $name }. Ingenting slettes, og journalen kan gjenopprettes når som helst.
rec-archive-confirm = Vil du arkivere journalen? Den kan bare leses, ikke endres, til den blir gjenopprettet.
rec-archive-button = Arkiver journalen

## En arkivert journal kan ikke endres (records/shared.rs)
rec-archived-title = Journalen er arkivert
rec-archived-lost = Journalen er arkivert og kan derfor ikke endres. Ingenting i den har gått tapt.
rec-archived-restore = Den som har lov til å endre journalen, kan gjenopprette den fra journalsiden og deretter gjøre endringer.
rec-archived-back = Gå tilbake til journalen

## Endringshistorikken i en journal (records/history.html, history.rs)
rec-history-heading = Endringer i journalen
rec-history-none = Ingen endringer er registrert ennå.
rec-history-by = av { $name }
rec-history-was = Før: { $value }
rec-history-now = Nå: { $value }
rec-history-blank = (tomt)
rec-history-created = Journal opprettet
rec-history-updated = Opplysninger endret
rec-history-archived = Journal arkivert
rec-history-restored = Journal gjenopprettet
rec-history-allocated = Ansvarlig valgt
rec-history-person-added = Person lagt til
rec-history-member-added = Husstandsmedlem lagt til
rec-history-placement-started = Plassering startet
rec-history-placement-ended = Plassering avsluttet
rec-history-started = { $type } fra { $date }
rec-history-ended = Avsluttet { $date } ({ $reason })
rec-history-member-value = { $name } ({ $role })
rec-field-placement = Plassering
rec-field-worker = Ansvarlig
rec-field-member = Husstandsmedlem
rec-field-important-person = Familie eller viktig person

## Noen andre endret først (records/stale.html, stale.rs)
rec-stale-title = Noen andre endret dette først
rec-stale-changed-by = Mens du arbeidet, lagret { $who } en endring i { $subject } ({ $at }).
rec-stale-changed = Mens du arbeidet, lagret noen andre en endring i { $subject }.
# Vises som HTML: behold <strong>-elementet, og legg aldri til argumenter.
rec-stale-not-saved = Endringene dine er <strong>ikke</strong> lagret, slik at ingen av dere mister noe.
rec-stale-compare = Sammenlign de to nedenfor. Start så på nytt fra journalen slik den er nå, og gjør endringene dine igjen der de fortsatt trengs.
rec-stale-same = Det du skrev inn, er det samme som står i journalen nå, så du trenger ikke gjøre noe mer.
rec-stale-again = Start på nytt fra journalen slik den er nå
rec-stale-leave = La det være og gå tilbake til journalen
rec-stale-caption = Der endringene dine og journalen nå er forskjellige
rec-stale-detail = Opplysning
rec-stale-yours = Dine endringer (ikke lagret)
rec-stale-now = Journalen nå
rec-stale-subject-details = opplysningene om { $name }
rec-stale-subject-placement = plasseringen til { $child } hos { $household }

## Velge ansvarlig (records/worker.html, shared.rs)
rec-worker-title-child = Velg barnets saksbehandler
rec-worker-title-household = Velg fosterhjemsveileder
rec-worker-none = Ingen har saken nå.
rec-worker-held-by = Saken ligger nå hos { $names }. Velger du en annen, avsluttes dette ansvaret, men det blir stående i journalens historikk.
rec-worker-nobody = Ingen i virksomheten din kan ha denne typen sak. Be administratoren for virksomheten om å gi noen rollen.
rec-worker-legend = Hvem skal ha saken?
rec-worker-button = Tildel saken
rec-worker-missing-child = Velg hvem som skal være barnets saksbehandler
rec-worker-missing-household = Velg hvem som skal være fosterhjemsveileder

## Hvem har sett eller endret en journal (records/access.html, shared.rs)
rec-access-title = Hvem har sett eller endret journalen
rec-access-intro-child = Hver gang noen åpner eller endrer journalen til dette barnet, blir det logget her, med det nyeste først. Hva de så eller endret, vises ikke her.
rec-access-intro-household = Hver gang noen åpner eller endrer journalen til dette hjemmet, blir det logget her, med det nyeste først. Hva de så eller endret, vises ikke her.
rec-access-none = Ingen har åpnet journalen ennå.
rec-access-caption = Tilgang til journalen, nyeste først
rec-access-when = Når
rec-access-who = Hvem
rec-access-what = Hva de gjorde
rec-access-view = Åpnet journalen
rec-access-create = Opprettet journalen
rec-access-update = Endret journalen
rec-access-archive = Arkiverte journalen
rec-access-restore = Gjenopprettet journalen
rec-access-allocate = Valgte ansvarlig
rec-access-placement-start = Registrerte starten på en plassering
rec-access-placement-end = Registrerte avslutningen av en plassering
rec-access-other = Annen handling

## Barn: oversikten (children/list.html, mod.rs)
rec-children-title = Barn
rec-child-add = Legg til et barn
rec-children-empty = Det finnes ingen journaler for barn som du kan åpne ennå. Journalene vises her når et barn er en av dine saker eller teamets saker, eller bor i hjemmet ditt.
rec-children-caption = Barn med journaler du kan åpne
rec-child-legal-name-hint = Navn i folkeregisteret: { $name }

## Opplysninger om et barn (children/form.html, form.rs)
rec-children-back = Tilbake til alle barn
rec-child-add-intro = Registrer det du vet nå. Alt unntatt navn og fødselsdato kan legges til senere. Du får saken når journalen er opprettet.
rec-child-section-name = Navn
rec-child-given-names = Fornavn
rec-child-given-names-hint = Alle barnets fornavn og mellomnavn, slik de står i folkeregisteret.
rec-child-given-names-missing = Skriv inn barnets fornavn
rec-child-family-name = Etternavn
rec-child-family-name-missing = Skriv inn barnets etternavn
rec-child-preferred-name = Navnet barnet bruker
rec-child-preferred-name-optional = Navnet barnet bruker (valgfritt)
rec-child-preferred-name-hint = Navnet barnet liker å bli kalt, hvis det er et annet.
rec-child-dob-hint = For eksempel 27.3.2019
rec-child-dob-missing = Skriv inn barnets fødselsdato
rec-child-section-identity = Identitet
rec-child-gender = Kjønn
rec-child-gender-optional = Kjønn (valgfritt)
rec-child-gender-hint = Med barnets egne ord, der barnet har sagt noe om det.
rec-child-ethnicity = Etnisitet
rec-child-ethnicity-optional = Etnisitet (valgfritt)
rec-child-religion = Religion eller livssyn
rec-child-religion-optional = Religion eller livssyn (valgfritt)
rec-child-first-language = Morsmål
rec-child-first-language-optional = Morsmål (valgfritt)
rec-child-section-legal = Juridisk
rec-child-legal-status = Juridisk grunnlag
rec-child-legal-status-optional = Juridisk grunnlag (valgfritt)
rec-child-legal-status-hint = For eksempel vedtaket eller avtalen plasseringen bygger på.
rec-child-local-identifier = Lokal referanse
rec-child-local-identifier-optional = Lokal referanse (valgfritt)
rec-child-local-identifier-hint = Virksomhetens saksnummer eller referanse for barnet, hvis dere har det.
rec-child-section-health = Helse, skole og det som betyr noe for barnet
rec-child-health = Helse
rec-child-health-optional = Helse (valgfritt)
rec-child-health-hint = Hva som hjelper barnet å ha det bra, og det omsorgspersonene trenger å vite.
rec-child-education = Skole og barnehage
rec-child-education-optional = Skole og barnehage (valgfritt)
rec-child-education-hint = Skole eller barnehage, hva som går bra, og hvilken støtte barnet får.
rec-child-important-people = Viktige personer, steder og ting
rec-child-important-people-optional = Viktige personer, steder og ting (valgfritt)
rec-child-important-people-hint = Menneskene, dyrene, stedene og rutinene som betyr noe for barnet.
rec-child-add-button = Legg til barnet

## Barnets journal (children/show.html, mod.rs)
rec-all-children = Alle barn
rec-child-where-lives = Hvor { $name } bor
rec-child-worker = Saksbehandler
rec-child-people = Familie og viktige personer
rec-child-no-placement = { $name } har ingen registrert plassering nå.
rec-child-end-placement = Avslutt plasseringen
rec-child-end-placement-with = hos { $household }
rec-child-no-worker = Ingen saksbehandler har saken nå.
rec-child-no-people = Ingen fra opprinnelsesfamilien eller andre viktige personer er registrert ennå.
rec-child-legal-name = Navn i folkeregisteret
rec-relations-caption = Opprinnelsesfamilie og andre viktige personer
rec-relation-who = Hvem personen er
rec-relation-contact = Samvær og kontakt
rec-child-add-person = Legg til en person
rec-relation-kind-legend = Er personen fra opprinnelsesfamilien, eller en annen viktig person?
rec-relation-kind-missing = Velg om personen er fra opprinnelsesfamilien eller en annen viktig person
rec-relation-relationship-label = Hvem personen er for barnet
rec-relation-relationship-hint = For eksempel mormor, storebror, tidligere fostermor.
rec-relation-relationship = Relasjon
rec-relation-relationship-missing = Skriv hvem personen er for barnet, for eksempel mormor
rec-relation-contact-arrangements = Samvær og kontakt
rec-relation-contact-arrangements-optional = Samvær og kontakt (valgfritt)
rec-relation-contact-arrangements-hint = Hvordan og hvor ofte barnet ser eller hører fra personen.
rec-child-add-person-button = Legg til personen

## Hjem: oversikten (households/list.html, mod.rs)
rec-households-title = Hjem
rec-household-add = Legg til et hjem
rec-households-empty = Det finnes ingen journaler for hjem som du kan åpne ennå. Journalene vises her når et hjem er en av dine saker eller teamets saker, eller er ditt eget hjem.
rec-households-caption = Hjem med journaler du kan åpne
rec-household-vacancies = Ledige plasser
rec-household-no-places = Antall plasser er ikke registrert
rec-household-vacancies-free = { $free ->
        [one] { $free } ledig
       *[other] { $free } ledige
    } av { $places ->
        [one] { $places } plass
       *[other] { $places } plasser
    }

## Opplysninger om et hjem (households/form.html, form.rs)
rec-households-back = Tilbake til alle hjem
rec-household-add-intro = Registrer det du vet nå; godkjenningen kan fylles ut etter hvert som utredningen går sin gang. Du blir fosterhjemsveileder for hjemmet når journalen er opprettet.
rec-household-name = Navn på hjemmet
rec-household-name-hint = Hva hjemmet kalles, for eksempel familien Hansen.
rec-household-name-missing = Skriv inn et navn på hjemmet, for eksempel etternavnet til fosterforeldrene
rec-household-address = Adresse
rec-household-address-optional = Adresse (valgfritt)
rec-household-type = Type hjem
rec-household-type-missing = Velg type hjem
rec-household-approval = Godkjenning
rec-household-status-legend = Hvor langt har hjemmet kommet i godkjenningen?
rec-household-status-missing = Velg hvor langt hjemmet har kommet i godkjenningen
rec-household-youngest = Laveste alder
rec-household-youngest-optional = Laveste alder (valgfritt)
rec-household-oldest = Høyeste alder
rec-household-oldest-optional = Høyeste alder (valgfritt)
rec-household-in-years = Antall år
rec-household-ages-order = Høyeste alder må være lik eller høyere enn laveste alder
rec-household-places = Plasser
rec-household-places-hint = Hvor mange barn hjemmet er godkjent for samtidig. Må fylles ut når hjemmet er godkjent.
rec-household-places-missing = Skriv inn hvor mange barn hjemmet er godkjent for
rec-household-placement-types-optional = Godkjente typer plassering (valgfritt)
rec-household-placement-types-invalid = Velg typer plassering fra listen
rec-household-approval-date-optional = Dato for godkjenning (valgfritt)
rec-household-approval-date-hint = For eksempel 27.3.2025
rec-household-next-review-optional = Neste årlige gjennomgang (valgfritt)
rec-household-next-review-hint = For eksempel 27.3.2026
rec-household-add-button = Legg til hjemmet
rec-household-age-min = Godkjent fra alder
rec-household-age-max = Godkjent til og med alder
rec-household-places-approved = Godkjente plasser
rec-household-placement-types = Godkjente typer plassering
rec-household-approval-date = Dato for godkjenning
rec-household-next-review = Neste årlige gjennomgang

## Hjemmets journal (households/show.html, mod.rs)
rec-all-households = Alle hjem
rec-household-details = Opplysninger og godkjenning
rec-household-members = Hvem som bor her
rec-household-children = Barn som bor her
rec-household-worker = Fosterhjemsveileder
rec-household-ages = Godkjent for alder
rec-household-ages-range = { $min }–{ $max } år
rec-household-ages-from = Fra { $min } år
rec-household-ages-up-to = Opp til { $max } år
rec-household-no-members = Ingen husstandsmedlemmer er registrert ennå.
rec-members-caption = Husstandsmedlemmer
rec-member-place = Rolle i hjemmet
rec-member-signs-in-as = Logger inn som { $name }
rec-household-add-member = Legg til et husstandsmedlem
rec-member-role-legend = Personens rolle i hjemmet
rec-member-role-missing = Velg personens rolle i hjemmet
rec-member-carer-type-legend = Hvis personen er omsorgsperson: hva slags omsorgsperson
rec-member-carer-type-missing = Velg hva slags omsorgsperson personen er
rec-member-account-optional = Personens brukerkonto i securebase (valgfritt)
rec-member-account-hint = Koble en omsorgsperson til brukerkontoen sin, slik at omsorgspersonen kan se hjemmet og barna som bor her.
rec-member-no-account = Ingen brukerkonto
rec-member-account-invalid = Velg en brukerkonto fra listen, eller ingen
rec-member-dob-hint = For eksempel 27.3.1980
rec-household-add-member-button = Legg til husstandsmedlemmet
rec-household-current-caption = Barn som bor her nå
rec-household-no-children = Ingen barn bor her nå.
rec-household-past = Barn som har bodd her før
rec-household-no-worker = Ingen fosterhjemsveileder følger opp hjemmet nå.

## Registrere en plassering (placements/start.html, mod.rs)
rec-start-title = Registrer ny plassering
rec-start-no-households = Det finnes ingen godkjente hjem i virksomheten å velge mellom ennå.
rec-start-where = Hvor skal { $name } bo?
rec-start-households-hint = Godkjente hjem i virksomheten, med antall plasser.
rec-start-household-missing = Velg hjemmet barnet skal bo i
rec-start-type-missing = Velg type plassering
rec-start-date = Startdato
rec-start-date-hint = Dagen barnet flyttet inn, for eksempel 27.3.2026
rec-start-date-missing = Skriv inn datoen plasseringen startet
rec-start-before-birth = Startdatoen kan ikke være før barnets fødselsdato
rec-planned-end-date = Planlagt sluttdato
rec-planned-end-date-optional = Planlagt sluttdato (valgfritt)
rec-planned-end-date-hint = Hvis det er planlagt en slutt, for eksempel 27.9.2026
rec-planned-end-order = Planlagt sluttdato må være etter startdatoen
rec-start-button = Registrer plasseringen
rec-vacancy-unlimited = { $placed } bor der nå; antall plasser er ikke registrert
rec-vacancy-none = Ingen ledig plass: { $placed } av { $places ->
        [one] { $places } plass
       *[other] { $places } plasser
    } er i bruk
rec-vacancy-free = { $free ->
        [one] { $free } ledig plass
       *[other] { $free } ledige plasser
    }: { $placed } av { $places ->
        [one] { $places } plass
       *[other] { $places } plasser
    } er i bruk
rec-start-already-placed = { $name } har allerede en pågående plassering. Avslutt den før du registrerer en ny
rec-start-no-vacancy = Hjemmet du valgte, har ingen ledig plass innenfor godkjenningen. Velg et annet hjem
rec-already-placed-title = { $name } har allerede en pågående plassering
rec-already-placed-text = Et barn kan bare ha én pågående plassering. Registrer først at den nåværende plasseringen er avsluttet, og registrer deretter den nye.
rec-already-placed-link = Avslutt den nåværende plasseringen

## Avslutte en plassering (placements/end.html, mod.rs)
rec-end-title = Avslutt en plassering
rec-end-heading = Avslutt plasseringen hos { $household }
rec-end-intro = Plasseringen startet { $date }. Når du registrerer avslutningen, blir plasseringen stående i barnets plasseringshistorikk.
rec-end-date = Sluttdato
rec-end-date-hint = Den siste dagen barnet bodde der, for eksempel 27.3.2026
rec-end-date-missing = Skriv inn datoen plasseringen ble avsluttet
rec-end-before-start = Sluttdatoen kan ikke være før dagen plasseringen startet, { $date }
rec-end-reason-legend = Hvorfor ble plasseringen avsluttet?
rec-end-reason-missing = Velg hvorfor plasseringen ble avsluttet
rec-note = Notat
rec-end-note-hint = Må fylles ut når avslutningen var uplanlagt eller hadde en annen årsak: hva som skjedde, og hva som hjalp eller kunne ha hjulpet.
rec-end-note-missing = Skriv kort hva som skjedde: det må være et notat når en plassering avsluttes på denne måten
rec-end-button = Registrer avslutningen
rec-already-ended-title = Plasseringen er allerede avsluttet
rec-already-ended-text = Plasseringen til { $child } hos { $household } ble avsluttet { $date }.
rec-go-to-child = Gå til barnets journal
