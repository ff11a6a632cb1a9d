DROP TABLE sign_in_throttle;
DROP TABLE sessions;
DROP TABLE users;
DROP TABLE organisations;
