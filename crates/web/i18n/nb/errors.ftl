### Feilsider og avviste forespørsler: det man ser når en side ikke kan vises.

## Alle feilsider (error.html)
err-go-home = Gå til forsiden din

## Fant ikke siden (error.rs)
err-not-found-title = Fant ikke siden
err-not-found-1 = Vi fant ikke den siden. Hvis du skrev inn nettadressen selv, må du sjekke at den er riktig.
err-not-found-2 = Hvis du fulgte en lenke til en journal, kan den ha blitt flyttet, eller så har du kanskje ikke tilgang til den.

## En regel stoppet endringen (error.rs)
err-conflict-title = Dette kunne ikke gjøres
err-conflict-nothing-changed = Ingenting ble endret. Gå tilbake, last inn siden på nytt og prøv igjen.

## Et skjema sendt fra et annet nettsted (error.rs)
err-cross-site-title = Forespørselen ble avvist
err-cross-site-1 = Skjemaet ble sendt fra et annet nettsted, så securebase gjorde ikke noe med det.
err-cross-site-2 = Hvis du brukte securebase, kan du gå tilbake til siden, laste den inn på nytt og prøve igjen.

## Noe gikk galt (error.rs)
err-internal-title = Beklager, noe gikk galt
err-internal-1 = Noe gikk galt hos oss, og forespørselen din kunne ikke fullføres.
err-internal-2 = Gå tilbake og prøv igjen. Hvis det skjer igjen, kan du si fra til administratoren i virksomheten din og oppgi når det skjedde.

## Forespørsler som ikke kunne leses (extract.rs)
err-too-large-title = Det du sendte, er for stort
err-too-large-1 = Skjemaet var for stort til å bli tatt imot, så ingenting ble lagret.
err-too-large-2 = Gå tilbake og send mindre om gangen.
err-unreadable-title = Forespørselen kunne ikke leses
err-media-type-1 = Den ble ikke sendt slik et skjema i securebase sender, så ingenting ble gjort.
err-media-type-2 = Gå tilbake, last inn siden på nytt og prøv igjen.
err-timeout-title = Dette tok for lang tid
err-timeout-1 = Forespørselen tok for lang tid, så den ble stoppet.
err-timeout-2 = Gå tilbake og prøv igjen.
err-bad-request-1 = En del av nettadressen eller skjemaet var ikke slik securebase ventet, så ingenting ble gjort.
err-bad-request-2 = Gå tilbake, last inn siden på nytt og prøv igjen. Hvis du skrev inn nettadressen selv, må du sjekke at den er riktig.
err-refused-title = Noe av det du skrev, kunne ikke lagres
err-refused-field = «{ $field }»
err-refused-which = Svarene i { $fields } inneholder skjulte tegn som ikke kan lagres.
err-refused-1 = De kan ha fulgt med tekst som ble limt inn fra et annet sted. Ingenting ble lagret.
err-refused-2 = Gå tilbake, fjern dem (det sikreste er å skrive svaret på nytt) og prøv igjen.

## Svar et skjema ikke kan ta imot (extract.rs)
err-control-character = Svaret inneholder et skjult kontrolltegn, kanskje fra tekst som ble limt inn. Fjern det og prøv igjen.
err-line-break = Svaret må stå på én linje, uten tabulatorer eller linjeskift.
err-field-name = Skjemaet ble sendt med et feltnavn som ikke kan leses. Last inn siden på nytt og prøv igjen.

## Et skjema sendt etter at økten var slutt, uten at vi vet hvem det tilhører (kept.rs)
err-not-kept-title = Du er logget ut, så dette ble ikke lagret
err-not-kept-1 = Økten din var over før du sendte skjemaet, og vi kunne ikke se hvem det tilhørte. Det du skrev, er derfor ikke tatt vare på, verken for deg eller for noen andre.
err-not-kept-2 = Nettleseren kan fortsatt vise det hvis du går tilbake til skjemaet: kopier det du trenger over til et trygt sted før du logger inn igjen.
