### charts
