# A malformed SOURCE_DATE_EPOCH is a usage error, not a silent "today".
SOURCE_DATE_EPOCH=abc "$PUBTOOL" import -o - profile/yokota.txt
