### Figurer: ordene i og rundt SVG-figurene (kronbladene og utviklingskurven).

## Datoer i en figur: «3. mai 2025», og en måned på tidsaksen, «mai 2025»
chart-date = { $day }. { $month } { $year }
chart-month = { $month } { $year }

## Kronbladene (charts/petals.rs)
chart-secure-base = Den trygge basen
# Ordene midt i kronbladene, på to linjer.
chart-secure-base-line-1 = Trygg
chart-secure-base-line-2 = base
chart-not-rated = ikke skåret
chart-out-of-ten = { $rating } av 10
chart-caregiving-family = omsorgsfamilien
chart-birth-family = opprinnelsesfamilien
# Et kronblad med to skårer: «omsorgsfamilien 6, opprinnelsesfamilien 3».
chart-petal-both = { $first } { $first_rating }, { $second } { $second_rating }
chart-petal-both-out-of-ten = { $name }: { $ratings } av 10
chart-no-ratings = Ingen skårer.
chart-petals-description = Fem kronblad rundt den trygge basen, ett for hver dimensjon, hvert like langt som skåren av 10.
chart-latest-title = Skårer ved den siste godkjente kartleggingen, { $date }
chart-latest-title-for = Skårer ved den siste godkjente kartleggingen av { $name }, { $date }
chart-print-title = Skårer: { $subject }, { $date }

## Utviklingskurven (charts/progress.rs)
chart-progress-title = Skårer over tid
chart-progress-title-for = Skårer over tid for { $name }
chart-progress-description = Én linje for hver dimensjon, fra den første godkjente kartleggingen til den siste.
chart-progress-empty = Ingen godkjente kartlegginger ennå
chart-progress-ties = Der skårene er like, er markørene tegnet side om side og linjene litt fra hverandre, slik at alle kan ses.
chart-progress-y-axis = Skår (av 10)
chart-series-no-ratings = { $name }: ingen skårer ennå
