help stat
