# Generated hostile XML, each refused or read in bounded time:
# - the quadratic blowup: one 64 KB internal entity used 2,000 times in
#   a title (128 MB of text from 190 KB of input): refused;
# - elements nested 100,000 deep: refused at level 257;
# - with --max field=1M, a title of exactly 1 MiB (read) and one of
#   1 MiB + 1 byte (refused: the limit on the text of one element).
awk 'BEGIN {
	s = "abcdefgh"; while (length(s) < 65536) s = s s
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY q \"%s\">]>\n", s
	printf "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>\n"
	printf "<id>http://arxiv.org/abs/1106.2176v2</id><title>"
	for (i = 0; i < 2000; i++) printf "&q;"
	printf "</title><author><name>A B</name></author></entry></feed>\n"
}' >"$TMP/quadratic.xml"
"$PUBTOOL" import -o - -f atom "$TMP/quadratic.xml"
echo "quadratic: rc $?"

awk 'BEGIN {
	printf "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>\n"
	for (i = 0; i < 100000; i++) printf "<d>"
	printf "\n"
}' >"$TMP/deep.xml"
"$PUBTOOL" import -o - -f atom "$TMP/deep.xml"
echo "deep: rc $?"

awk 'BEGIN {
	s = "abcdefgh"; while (length(s) < 1048576) s = s s
	printf "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
	printf "<entry><title>%s</title><author><name>A B</name></author></entry>\n", s
	printf "<entry><title>%sx</title><author><name>A B</name></author></entry>\n", s
	printf "</feed>\n"
}' >"$TMP/long.xml"
"$PUBTOOL" import --max field=1M -o - -f atom "$TMP/long.xml" >"$TMP/out"
echo "long: rc $?"
LC_ALL=C awk '/^title:/ { print "title", length($0) - 9 }' "$TMP/out"
