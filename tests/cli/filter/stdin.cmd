filter --area PF -
