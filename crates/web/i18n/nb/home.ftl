### Forsiden: det rollene dine gir deg å gjøre i dag.

## Forside (home.html)
home-title = Forside
home-welcome = Velkommen, { $name }
home-coming-up = Frister fremover
home-own-caseload = I dine egne saker
home-none-due-own = Ingen gjennomganger i sakene dine har frist de neste fire ukene.
home-overdue = forfalt
home-overdue-since = (fristen var { $date })
home-due-on = frist { $date }
home-in-teams = I teamene dine
home-none-due-teams = Ingen gjennomganger i teamenes saker har frist de neste fire ukene.
home-in-progress = Kartlegginger som pågår
home-children-with-you = Barn som bor hos deg
home-your-children = Barna i sakene dine
home-no-children-placed = Ingen barn er plassert i hjemmet ditt nå.
home-no-children-caseload = Det er ingen barn i sakene dine.
home-your-household = Hjemmet ditt
home-your-households = Hjemmene i sakene dine
home-no-households = Det er ingen hjem i sakene dine.
home-placed = { $placed } barn plassert
home-placed-of = { $places ->
    [one] { $placed } av { $places } plass i bruk
   *[other] { $placed } av { $places } plasser i bruk
}
home-all-children = Alle barn du har tilgang til
home-all-households = Alle hjem du har tilgang til
home-team-caseloads = Sakene i teamene dine
home-no-team = Du leder ikke noe team ennå. En administrator kan gjøre deg til teamleder.
home-team-caption = Antall saker for hver person i teamene dine
home-col-worker = Medarbeider
home-col-team = Team
home-col-children = Barn
home-col-households = Hjem
home-can-do = Dette kan du gjøre her
home-open-audit = Åpne tilgangsloggen
home-manage-users = Administrer brukere
home-manage-teams = Administrer team
home-dimensions = De fem omsorgsdimensjonene
home-dimensions-lead = Alt i securebase er bygd opp rundt fem måter omsorgspersoner hjelper et barn til å føle seg trygt på. Hver av dem bygger noe i barnet:
home-account = Kontoen din
home-signed-in-as = Logget inn som
home-organisation = Virksomhet
home-role = Rolle

## Linjene i listene på forsiden (home.rs)
home-age = { $years ->
    [0] under 1 år
    [one] { $years } år
   *[other] { $years } år
}
home-due-child-review = { $name }: gjennomgang av barnets plassering
home-due-household-review = { $name }: årlig gjennomgang av hjemmet
home-open-child = { $subject }: kartlegging av barnet, { $date }
home-open-caregiver = { $subject }: kartlegging av omsorgspersonen, { $date }
home-open-other = { $subject }: kartlegging, { $date }
home-to-sign = venter på din godkjenning
home-status-unknown = Ukjent

## Hva hver rolle kan gjøre (home.rs)
home-ability-admin-people = Legg til dem som bruker securebase i virksomheten din, og gi hver av dem en rolle.
home-ability-admin-disable = Deaktiver en konto med en gang når noen slutter, og aktiver den igjen.
home-ability-admin-reset = Tilbakestill passordet når noen ikke kommer inn.
home-ability-admin-private = Journalene er bare tilgjengelige for dem som arbeider med saken, så du ser dem ikke med mindre du også får en rolle i saken.
home-ability-manager-oversee = Ha oversikt over teamenes saker med barn og hjem, og over gjennomgangene som kommer.
home-ability-manager-sign-off = Godkjenn teamenes kartlegginger etter Trygg Base-modellen, eller send dem tilbake med en merknad.
home-ability-ssw-records = Før journalene for hjemmene i sakene dine.
home-ability-ssw-assess = Kartlegg hver omsorgspersons evne til å gi en trygg base i de fem omsorgsdimensjonene.
home-ability-csw-records = Før journalene for barna i sakene dine.
home-ability-csw-assess = Kartlegg hvordan hvert barn utvikler seg når det gjelder tillit, følelser, selvfølelse, mestring og tilhørighet.
home-ability-carer-records = Se journalene til barna som er plassert i hjemmet ditt.
home-ability-carer-read = Les de godkjente kartleggingene etter Trygg Base-modellen for barna som er plassert hos deg.
home-ability-auditor-trail = Les tilgangsloggen over hvem som har sett eller endret en journal.
