### auth
