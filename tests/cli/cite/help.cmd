cite --help
