import -o - profile
