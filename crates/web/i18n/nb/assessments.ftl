### Kartlegginger: å starte en, delene, dokumentasjonen, godkjenningen, endringer, og visningene
### for lesing, utskrift, sammenligning og profil.

## Felles for kartleggingssidene
asmt-back-to = Tilbake til { $name }
asmt-back-to-assessment = Tilbake til kartleggingen
asmt-back-to-sections = Tilbake til delene
asmt-assessment = Kartlegging
asmt-status-unknown = Ukjent
asmt-child = Barn
asmt-carer = Omsorgsperson
asmt-band-used = Aldersgruppe som er brukt
asmt-written-by = Skrevet av
asmt-written-by-name = Skrevet av { $name }
asmt-about = Om denne kartleggingen
asmt-overall-summary = Samlet vurdering
asmt-ratings = Skårer
asmt-rating = Skår
asmt-strengths = Styrker
asmt-needs = Behov
asmt-training-needs = Behov for opplæring og støtte
asmt-capacity-short = Evne til kortvarig omsorg
asmt-capacity-long = Evne til langvarig omsorg
asmt-indicators = Indikatorer
asmt-evidence = Dokumentasjon
asmt-agency-indicator = (virksomhetens egen indikator)
asmt-not-written = Ikke skrevet ennå
asmt-not-rated = Ikke skåret
asmt-not-answered-yet = Ikke besvart ennå
asmt-rating-out-of-ten = { $rating } av 10
asmt-rating-waiting = { $rating } av 10, venter på dokumentasjon
asmt-ratings-both = { $caregiving }; opprinnelsesfamilien { $birth }
asmt-rating-caregiving-family = { $dimension }: omsorgsfamilien
asmt-rating-birth-family = { $dimension }: opprinnelsesfamilien
asmt-caregiving-family = Omsorgsfamilien
asmt-birth-family = Opprinnelsesfamilien
asmt-terms-both = Kortvarig og langvarig omsorg
asmt-terms-short = Kortvarig omsorg
asmt-terms-long = Langvarig omsorg
asmt-version-first = Første versjon
asmt-version-amendment = Endring { $number }
asmt-version-amendment-lower = endring { $number }
asmt-amendment-suffix = , endring { $number }
asmt-kind-amendment = { $kind }, endring { $number }
asmt-replaced = Erstattet av en senere endring
asmt-save-draft = Lagre utkast
asmt-date-hint = For eksempel 14.3.2026
asmt-no-carers = Det er ikke registrert noen omsorgspersoner i dette hjemmet ennå.
asmt-signed-off-as-worker = Saksbehandler
# «A, B og C»: `rest` er navnene før det siste, allerede skilt med komma.
asmt-and-list = { $rest } og { $last }
asmt-placed-with = { $household }, plassering fra { $date } ({ $kind })
asmt-kept-save = Vi tok vare på det du skrev før du ble logget ut. Se over det, og lagre.
asmt-kept-evidence = Vi tok vare på det du skrev før du ble logget ut. Se over det, og legg inn dokumentasjonen.
asmt-kept-amend = Vi tok vare på det du skrev før du ble logget ut. Se over det, og opprett endringen.
asmt-kept-start = Vi tok vare på det du skrev før du ble logget ut. Se over det, og start kartleggingen.

## Et eksempel, uansett hvor det vises
asmt-evidence-about = Gjelder:
asmt-evidence-what-happened = Hva som skjedde:
asmt-evidence-worker-view = Fagpersonens vurdering:
asmt-evidence-recorded = Registrert av { $name }, { $when }

## Meldingene fra automatisk lagring (summary.html, section.html)
asmt-autosave-saved = Utkastet er lagret
asmt-autosave-not-saved = Ikke lagret:
asmt-autosave-signed-out = Du er blitt logget ut, så dette ble ikke lagret, men det du skrev er tatt vare på.
asmt-autosave-sign-in = Logg inn igjen for å fortsette
asmt-autosave-conflict = Noen andre har lagret dette etter at du åpnet det. Lagre selv for å se begge versjonene.
asmt-autosave-check = se over skjemaet og trykk Lagre utkast.
asmt-autosave-offline = Fikk ikke kontakt med securebase for å lagre. Det du har skrevet, er fortsatt her; trykk Lagre utkast når du er på nett igjen.
asmt-autosave-rating-waits = Lagret. Skåren din er tatt vare på og venter på dokumentasjon: den teller når denne dimensjonen har minst ett eksempel.
asmt-autosave-stale-section = Noen andre har lagret denne delen etter at du åpnet den. Trykk Lagre utkast for å se begge versjonene.
asmt-autosave-stale-summary = Noen andre har endret denne kartleggingen etter at du åpnet den samlede vurderingen. Trykk Lagre vurderingen for å se deres vurdering ved siden av din.

## Kartleggingene på en journalside (listing.html)
asmt-listing-heading = Trygg Base-kartlegginger
asmt-listing-start = Start en kartlegging
asmt-listing-profile = Se profilen og utviklingen
asmt-listing-latest = Siste godkjente skårer
asmt-listing-latest-for = { $name }: siste godkjente skårer
asmt-listing-from = fra
asmt-listing-the-assessment-of = kartleggingen datert { $date }
asmt-listing-profile-note = Profilen viser alle skårene over tid.
asmt-listing-none = Ingen kartlegginger å vise ennå.
asmt-listing-none-carer = Ingen kartlegginger av omsorgspersoner å vise ennå.
asmt-listing-caption = Trygg Base-kartlegginger, nyeste først
asmt-listing-date = Dato
asmt-listing-state = Status

## Å starte en kartlegging (start_child.html, start_caregiver.html)
asmt-start-child-title = Start en kartlegging: { $name }
asmt-start-child-caption = { $name }, født { $born }
asmt-start-child-heading = Start en Trygg Base-kartlegging
asmt-start-child-intro = Du går gjennom de fem dimensjonene én etter én: hvor ofte du har sett hver indikator, dokumentasjonen for den, barnets styrker og behov, og en skår fra 0 til 10.
asmt-start-child-date-hint = Datoen kartleggingen gjelder. For eksempel 14.3.2026
asmt-start-child-band = Hvilken aldersgruppes indikatorer passer for dette barnet?
asmt-start-child-reason = Hvis du valgte en yngre aldersgruppe, hvorfor?
asmt-start-child-reason-hint = Hva du har sett som gjør at barnets følelsesmessige alder er lavere enn den faktiske alderen.
asmt-start-band-hint = På kartleggingsdatoen hører barnet til aldersgruppen { $band }.
asmt-start-band-for-age = Aldersgruppen for barnets alder.
asmt-start-band-younger = En yngre aldersgruppe, for et barn med lavere følelsesmessig alder enn den faktiske alderen.
asmt-start-button = Start kartleggingen
asmt-start-caregiver-title = Start en kartlegging av en omsorgsperson
asmt-start-caregiver-back = Tilbake til hjemmet
asmt-start-caregiver-intro = Du ser på omsorgspersonens evne i hver av de fem dimensjonene, med dokumentasjon fra tidligere liv, livet nå og omsorgen for barn, både for kortvarig og langvarig omsorg, og beskriver eventuelle behov for opplæring og støtte.
asmt-start-caregiver-add-first = Legg først til omsorgspersonene i hjemmet.
asmt-start-caregiver-member = Hvilken omsorgsperson kartlegger du?
asmt-error-assessed-on = Kartleggingsdato: { $problem }
asmt-error-before-birth = Kartleggingsdatoen er før barnet ble født.
asmt-error-band = Velg aldersgruppen kartleggingen skal gjøres etter.
asmt-error-reason-long = Begrunnelsen kan ikke være lenger enn 2 000 tegn.
asmt-error-member = Velg omsorgspersonen som skal kartlegges.

## Kartleggingens egen side (overview.html, header.html, facts.html, read.html)
asmt-notice-started = Kartleggingen er startet. Gå gjennom hver dimensjon; utkastet lagres underveis.
asmt-notice-saved = Endringene er lagret.
asmt-notice-submitted = Kartleggingen er sendt til godkjenning.
asmt-notice-signed-off = Kartleggingen er godkjent. Den kan ikke lenger endres direkte; lag en endring hvis noe må rettes.
asmt-notice-returned = Kartleggingen er sendt tilbake til forfatteren som utkast.
asmt-notice-stale = Noen andre endret denne kartleggingen rett før deg, så ingenting ble gjort. Se over den og prøv igjen.
asmt-notice-saved-rating-waits = Endringene er lagret. Skåren du ga, er tatt vare på og venter på dokumentasjon: den teller når denne dimensjonen har minst ett eksempel.
asmt-notice-rating-waits = Endringene er lagret. Skåren du ga, er tatt vare på og venter på dokumentasjon: legg inn et eksempel her, så teller den.
asmt-notice-evidence-added = Eksempelet er lagt inn.
asmt-notice-evidence-removed = Eksempelet er fjernet fra utkastet.
asmt-notice-amendment = Denne endringen er en ny utkastversjon. Den godkjente versjonen blir stående som den er til denne er godkjent.
asmt-header-superseded = Denne versjonen er erstattet av en endring.
asmt-header-read-current = Les den gjeldende versjonen
asmt-header-returned = Sendt tilbake for endringer:
asmt-overview-sections = Deler
asmt-overview-intro-child = Gå gjennom hver dimensjon: svar på hvor ofte du har sett hver indikator, legg inn dokumentasjonen, skriv styrker og behov og sett en skår. Utkastet lagres underveis.
asmt-overview-intro-carer = Gå gjennom hver dimensjon: svar på hvor ofte du har sett hver indikator, legg inn dokumentasjon fra omsorgspersonens tidligere liv, livet nå og omsorgen for barn, skriv styrkene, evnen til kortvarig og langvarig omsorg og eventuelle behov for opplæring og støtte, og sett en skår. Utkastet lagres underveis.
asmt-overview-summary-optional = Samlet vurdering (valgfri)
asmt-overview-ready = Alle delene er ferdige.
asmt-overview-ready-manager = Når du sender kartleggingen, går den til en teamleder for godkjenning.
asmt-overview-ready-self = Når du har sendt den, leser du den gjennom én gang til og godkjenner den.
asmt-overview-not-ready = Du kan sende til godkjenning når alle delene er ferdige.
asmt-overview-not-ready-summary = Du kan sende til godkjenning når alle delene er ferdige og den samlede vurderingen er skrevet.
asmt-overview-submit = Send til godkjenning
asmt-overview-sign-off = Godkjenn
asmt-overview-sign-off-intro = Les kartleggingen nedenfor. Når den er godkjent, er den endelig: den kan da bare endres gjennom en endring, og denne versjonen blir tatt vare på.
asmt-overview-sign-off-button = Godkjenn denne kartleggingen
asmt-overview-return = Send den heller tilbake for endringer
asmt-overview-return-note = Hva må endres
asmt-overview-return-note-hint = Inntil 2 000 tegn. Forfatteren ser denne merknaden øverst i utkastet.
asmt-overview-return-button = Send tilbake til forfatteren
asmt-overview-waiting = Denne kartleggingen venter på godkjenning.
asmt-overview-waiting-manager = Denne kartleggingen venter på godkjenning av en teamleder.
asmt-overview-actions = Hva du kan gjøre
asmt-overview-print = Utskriftsvisning
asmt-overview-versions = Versjoner
asmt-overview-this-page = (denne siden)
asmt-overview-reason = Begrunnelse:
asmt-overview-written-so-far = Det som er skrevet så langt
asmt-facts-date = Kartleggingsdato
asmt-facts-living-with = Bodde hos på denne datoen
asmt-facts-carers = Omsorgspersoner: { $names }
asmt-facts-not-placed = Ikke plassert i et hjem på denne datoen.
asmt-facts-younger-band = Barnets aldersgruppe er { $band }. En yngre aldersgruppe ble valgt fordi:
asmt-facts-started = { $name }, startet { $when }
asmt-facts-submitted = Sendt til godkjenning
asmt-facts-signed-off = Godkjent
asmt-facts-why-amended = Hvorfor den ble endret
asmt-facts-content-version = Versjon av fagstoffet
asmt-read-rating-caregiving = Skår: omsorgsfamilien
asmt-read-rating-birth = Skår: opprinnelsesfamilien
asmt-read-child-words = Med barnets egne ord
asmt-read-no-evidence = Ingen dokumentasjon registrert.
asmt-missing-answers = { $count ->
    [one] svar på indikatoren som ikke er besvart ennå
   *[other] svar på de { $count } indikatorene som ikke er besvart ennå
}
asmt-missing-short-term = skriv evnen til kortvarig omsorg
asmt-missing-long-term = skriv evnen til langvarig omsorg
asmt-missing-evidence = legg inn dokumentasjon
asmt-missing-both-ratings = sett begge skårene
asmt-missing-rating-caregiving = sett skåren for omsorgsfamilien
asmt-missing-rating-birth = sett skåren for opprinnelsesfamilien
asmt-missing-rating = sett skåren
asmt-error-complete = Fullfør { $dimension } før du sender til godkjenning.
# `missing` er en liste over det som gjenstår, for eksempel «legg inn dokumentasjon og sett skåren».
asmt-error-complete-missing = Fullfør { $dimension } før du sender til godkjenning: { $missing }.
asmt-error-summary-missing = Skriv den samlede vurderingen før du sender til godkjenning: den er det første som leses ved godkjenning eller årlig gjennomgang.
asmt-error-changed-meanwhile = Noe ble endret mens du sendte. Se over delene og send på nytt.
asmt-error-note-missing = Skriv hva som må endres før du sender den tilbake.
asmt-error-note-long = Merknaden om hva som må endres, kan ikke være lenger enn 2 000 tegn.

## Én dimensjon i en kartlegging (section.html)
asmt-section-band = Indikatorer for { $band }.
asmt-section-theirs = Det { $name } lagret
asmt-section-child-view = Barnets stemme
asmt-section-evidence-hint = Hvert eksempel er en bestemt situasjon: hva som skjedde, når, og hvem opplysningene kommer fra. Din egen vurdering holdes atskilt fra beskrivelsen. En skår krever minst ett eksempel.
asmt-section-no-evidence = Ingen dokumentasjon registrert for { $dimension } ennå.
asmt-section-remove-confirm = Vil du fjerne dette eksempelet fra utkastet?
asmt-section-remove = Fjern
asmt-section-remove-which = eksempelet fra { $date }
asmt-section-indicators-hint = Hvor ofte har du sett hver av dem?
asmt-section-yours = Din vurdering
asmt-section-complete-child = Denne dimensjonen er ferdig når alle indikatorene er besvart og skåren er satt.
asmt-section-complete-child-both = Denne dimensjonen er ferdig når alle indikatorene er besvart og begge skårene er satt.
asmt-section-complete-carer = Denne dimensjonen er ferdig når alle indikatorene er besvart, evnen til både kortvarig og langvarig omsorg er beskrevet og skåren er satt.
asmt-section-strengths-hint-child = Hva som går bra for barnet i denne dimensjonen, og hva som bidrar til det.
asmt-section-needs-hint-child = Hva barnet fortsatt trenger fra de voksne rundt seg her.
asmt-section-child-view-label = Barnets stemme (valgfritt)
asmt-section-child-view-hint = Med barnets egne ord, der barnet har sagt noe om det.
asmt-section-strengths-hint-carer = Hva omsorgspersonen allerede gjør godt i denne dimensjonen, med dokumentasjon fra tidligere liv, livet nå og omsorgen for barn.
asmt-section-short-term-hint = Hva de kan gi et barn som bor hos dem i noen uker eller måneder.
asmt-section-long-term-hint = Hva de kan gi et barn som vokser opp hos dem.
asmt-section-needs-hint-carer = Hva som vil hjelpe dem til å utvikle seg i denne dimensjonen.
asmt-section-waiting-tag = Venter på dokumentasjon
asmt-section-waiting = Skåren du ga ({ $rating }), er lagret. Den teller når denne dimensjonen har minst ett eksempel.
asmt-section-add-evidence-for = Legg inn dokumentasjon for { $dimension }
asmt-section-rating-caregiving = Skår for omsorgsfamilien, 0 til 10
asmt-section-rating-caregiving-hint = Hvor godt barnet hører til i familien det bor i.
asmt-section-rating-birth = Skår for opprinnelsesfamilien, 0 til 10
asmt-section-rating-birth-hint = Hvor trygt barnet hører til hos og føler seg knyttet til opprinnelsesfamilien.
asmt-section-rating = Skår, 0 til 10
asmt-section-rating-hint = Sett en skår når dokumentasjonen gir grunnlag for det. En skår som settes før det finnes dokumentasjon, blir tatt vare på og venter på den.
asmt-section-save-evidence = Lagre og legg inn dokumentasjon
asmt-section-save-back = Lagre og gå tilbake til delene
asmt-section-locked = Denne kartleggingen er { $status } og kan ikke lenger endres her.
asmt-section-read-whole = Les hele kartleggingen
asmt-section-stale = { $name } lagret denne delen { $when } mens du arbeidet med den. Det de lagret, vises under ditt. Se over begge, og lagre på nytt for å beholde det som står i dette skjemaet.
asmt-error-choose-answer = Velg ett av svarene for «{ $indicator }».
asmt-error-strengths-long = Styrker kan ikke være lenger enn 10 000 tegn.
asmt-error-needs-long = Behov kan ikke være lenger enn 10 000 tegn.
asmt-error-child-view-long = Barnets stemme kan ikke være lenger enn 10 000 tegn.
asmt-error-short-term-long = Evne til kortvarig omsorg kan ikke være lenger enn 10 000 tegn.
asmt-error-long-term-long = Evne til langvarig omsorg kan ikke være lenger enn 10 000 tegn.

## Å legge inn dokumentasjon (evidence.html)
asmt-evidence-title = Legg inn dokumentasjon: { $dimension }
asmt-evidence-intro = Beskriv én bestemt situasjon. Hold deg til hva som skjedde og hvem som så eller sa det; det er en egen boks for din egen vurdering.
asmt-evidence-indicator = Hvilken indikator viser det? (valgfritt)
asmt-evidence-indicator-hint = La dette stå som det er hvis det gjelder dimensjonen som helhet.
asmt-evidence-indicator-whole = Dimensjonen som helhet
asmt-evidence-when = Når det skjedde
asmt-evidence-source = Hvor kommer dette fra?
asmt-evidence-life-area = Hvilken del av omsorgspersonens liv?
asmt-evidence-account = Hva som skjedde
asmt-evidence-account-hint = Hvem som var til stede, hva som ble sagt og gjort, og hva som skjedde etterpå.
asmt-evidence-opinion = Din vurdering (valgfritt)
asmt-evidence-opinion-hint = Hva du tenker om det, holdt atskilt fra beskrivelsen over.
asmt-evidence-add = Legg inn eksempelet
asmt-evidence-add-another = Legg inn og registrer et nytt
asmt-error-happened-on = Datoen det skjedde: { $problem }
asmt-error-source = Velg hvor dette eksempelet kommer fra.
asmt-error-life-area = Velg hvilken del av omsorgspersonens liv dette kommer fra.
asmt-error-account = Beskriv hva som skjedde.
asmt-error-account-long = Hva som skjedde, kan ikke være lenger enn 10 000 tegn.
asmt-error-opinion-long = Din vurdering kan ikke være lenger enn 10 000 tegn.
asmt-error-last-evidence = Dette er det eneste eksempelet for { $dimension }, og skåren bygger på det, så det er ikke fjernet. For å fjerne det må du først fjerne skåren (tøm feltet og lagre utkastet), eller legge inn dokumentasjonen som skal erstatte det.

## Den samlede vurderingen (summary.html)
asmt-summary-title = Samlet vurdering: { $subject }
asmt-summary-child = Samlet vurdering (valgfri)
asmt-summary-child-hint = Hvordan barnet har det på tvers av de fem dimensjonene, hva som hjelper, og hva det er viktig å følge med på videre.
asmt-summary-carer = Samlet vurdering til godkjenning eller årlig gjennomgang
asmt-summary-carer-hint = Omsorgspersonens styrker og evner i de fem dimensjonene, for kortvarig og langvarig omsorg, og opplæringen og støtten som vil hjelpe. Skriv den slik at den kan leses for seg selv.
asmt-summary-save = Lagre vurderingen
asmt-summary-stale = { $name } endret denne kartleggingen { $when } mens du skrev. Deres samlede vurdering lyder: «{ $summary }». Det du skrev, står fortsatt nedenfor; lagre på nytt for å beholde det.
asmt-error-summary-long = Den samlede vurderingen kan ikke være lenger enn 20 000 tegn.

## Å endre en godkjent kartlegging (amend.html)
asmt-amend-title = Endre: { $subject }
asmt-amend-heading = Endre denne kartleggingen
asmt-amend-intro = En endring er en ny utkastversjon der alt fra denne er kopiert inn. Denne godkjente versjonen blir stående som den er, og begge kan fortsatt leses. Endringen må godkjennes på samme måte.
asmt-amend-reason = Hvorfor endres den?
asmt-amend-reason-hint = For eksempel at en dato var feil, eller at ny dokumentasjon har kommet fram.
asmt-amend-button = Opprett en endring

## Å sammenligne to kartlegginger (compare_choose.html, compare.html)
asmt-compare-choose-title = Sammenlign: { $subject }
asmt-compare-with-another = Sammenlign med en annen kartlegging
asmt-compare-choose-intro = Denne kartleggingen er datert { $date }. Velg en annen kartlegging av { $subject } for å se, side om side, hvordan skårene og indikatorene har endret seg og den nye dokumentasjonen bak endringen.
asmt-compare-choose-none-child = Det finnes ingen annen kartlegging av barnet { $subject } som er sendt til godkjenning eller godkjent ennå. Når det gjør det, kan du sammenligne de to her.
asmt-compare-choose-none-carer = Det finnes ingen annen kartlegging av omsorgspersonen { $subject } som er sendt til godkjenning eller godkjent ennå. Når det gjør det, kan du sammenligne de to her.
asmt-compare-choose-label = Kartlegginger å sammenligne med
asmt-compare-choice = Kartleggingen datert { $date }
asmt-compare-choice-replaced = (erstattet av en senere endring)
asmt-compare-title = Sammenlign: { $subject }, { $older } og { $newer }
asmt-compare-choose-other = Velg andre kartlegginger å sammenligne
asmt-compare-heading = Hva som har endret seg siden { $date }
asmt-compare-earlier = Tidligere kartlegging
asmt-compare-later = Senere kartlegging
asmt-compare-age-band = Aldersgruppe
asmt-compare-age-band-hint = Noen indikatorer er ulike i de to aldersgruppene, så bare de som er med i begge, blir sammenlignet.
asmt-compare-ratings = Skårene side om side
asmt-compare-ratings-caption = Skårer per { $older } og per { $newer }, av 10
asmt-compare-dimension = Dimensjon
asmt-compare-change = Endring
asmt-compare-change-up = { $before } → { $after } (opp { $difference })
asmt-compare-change-down = { $before } → { $after } (ned { $difference })
asmt-compare-change-none = { $before } → { $after } (uendret)
asmt-compare-change-other = { $before } → { $after }
asmt-compare-moved = Indikatorer som har endret seg
asmt-compare-all-same = Alle indikatorene som er med i begge kartleggingene, har samme svar.
asmt-compare-none-shared = Ingen indikatorer er med i begge kartleggingene.
asmt-compare-not-answered = Ikke besvart
asmt-compare-verdict-up = Framgang: ses oftere nå
asmt-compare-verdict-down = Ses sjeldnere nå
asmt-compare-verdict-changed = Endret
asmt-compare-unchanged = { $count ->
    [one] { $count } annen indikator har samme svar i begge.
   *[other] { $count } andre indikatorer har samme svar i begge.
}
asmt-compare-only-newer = { $count ->
    [one] { $count } indikator var bare med i den senere kartleggingen.
   *[other] { $count } indikatorer var bare med i den senere kartleggingen.
}
asmt-compare-only-older = { $count ->
    [one] { $count } indikator var bare med i den tidligere.
   *[other] { $count } indikatorer var bare med i den tidligere.
}
asmt-compare-new-evidence = Ny dokumentasjon
asmt-compare-new-evidence-whole = Ny dokumentasjon for dimensjonen som helhet
asmt-compare-no-new-evidence = Det er ikke lagt inn annen dokumentasjon for { $dimension } siden den tidligere kartleggingen.

## Utskriftsvisningen (print.html)
asmt-print-toolbar = Utskrift
asmt-print-button = Skriv ut denne siden
asmt-print-hint = Denne siden er tilpasset A4-papir. Du kan også lagre den som PDF fra utskriftsvinduet i nettleseren.
asmt-print-signed-off = Godkjent av { $name }, { $role }, { $date }.
asmt-print-confidential = Fortrolig: personopplysninger.
asmt-print-confidential-child = Fortrolig: personopplysninger om et barn.
asmt-print-caption-child = Trygg Base-kartlegging av barnet
asmt-print-caption-carer = Trygg Base-kartlegging av omsorgspersonen
asmt-print-superseded = Denne versjonen er senere erstattet av en endring. Den gjeldende versjonen finner du på
asmt-print-superseded-link = en egen side
asmt-print-sign-off = Godkjenning
asmt-print-written-by = Skrevet av { $name }.
asmt-print-amendment = Dette er endring { $number }. Hvorfor den ble endret:

## Trygg Base-profilen (profile.html, profile_table.html)
asmt-profile-title = Trygg Base-profil: { $name }
asmt-profile-household = Hjem
asmt-profile-lead-child = Hvordan { $name } har det i hver av de fem dimensjonene, fra alle godkjente kartlegginger.
asmt-profile-lead-household = Hver omsorgspersons styrker i de fem dimensjonene, fra alle godkjente kartlegginger av omsorgspersoner.
asmt-profile-hint = Skårene går fra 0 til 10. Der en kartlegging er endret, vises den endrede versjonen. De samme tallene står i en tabell under hver figur.
asmt-profile-none-child = Ingen kartlegging er godkjent ennå. Når en er det, vises skårene her, og hver ny kartlegging etter den viser utviklingen.
asmt-profile-none-carer = Ingen kartlegging av { $name } er godkjent ennå. Når en er det, vises skårene her, og hver ny kartlegging etter den viser utviklingen.
asmt-profile-latest = Siste skårer
asmt-profile-from = Fra kartleggingen datert
asmt-profile-over-time = Skårer over tid
asmt-profile-one-so-far = Det finnes én godkjent kartlegging så langt; linjene blir lengre med den neste.
asmt-profile-table-caption = Skårer ved hver godkjente kartlegging, eldste først
asmt-profile-table-caption-carer = Skårer ved hver godkjente kartlegging av { $name }, eldste først
asmt-profile-table-assessment = Kartlegging
asmt-profile-a-carer = En omsorgsperson

## Når ordlyden i kartleggingen er på et annet språk enn leserens
asmt-written-in = Denne kartleggingen ble skrevet på { $language }. Indikatorene og skårskalaene vises med ordlyden den ble laget med.
