filter --grep "not a" -F markdown yaml/web.yaml
