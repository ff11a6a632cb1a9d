### admin
