// Runs once, when the MongoDB container starts on an empty volume (docker-compose.yml): the
// application signs in as its own user, allowed to read and write its database and nothing else.
db.getSiblingDB('admin').createUser({
  user: 'casework',
  pwd: process.env.MONGO_APP_PASSWORD,
  roles: [{ role: 'readWrite', db: 'casework' }]
});
