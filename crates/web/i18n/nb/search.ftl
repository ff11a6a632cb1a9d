### Finne et barn eller et hjem ved navn.

## Søk (search.html)
search-title = Søk
search-label = Navn på et barn, et hjem eller en omsorgsperson
search-button = Søk
search-children = Barn
search-no-children = Ingen barn du har tilgang til, passer med «{ $query }».
search-households = Hjem
search-no-households = Ingen hjem du har tilgang til, passer med «{ $query }».
