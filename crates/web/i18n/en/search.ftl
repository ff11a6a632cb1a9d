### Finding a child or household by name.

## Search (search.html)
search-title = Search
search-label = Name of a child, household or carer
search-button = Search
search-children = Children
search-no-children = No children you can open match "{ $query }".
search-households = Households
search-no-households = No households you can open match "{ $query }".
