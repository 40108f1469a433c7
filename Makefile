# pubtool: GNU make.  CFLAGS, CPPFLAGS, LDFLAGS and LDLIBS pass through;
# PREFIX, DESTDIR, BINDIR, MANDIR and the *COMPDIR variables place the
# installation.

# The one place the version is set: --version, the tarball's name.
VERSION		 = 0.1.0

PREFIX		?= /usr/local
BINDIR		?= $(PREFIX)/bin
DATAROOTDIR	?= $(PREFIX)/share
MANDIR		?= $(DATAROOTDIR)/man
BASHCOMPDIR	?= $(DATAROOTDIR)/bash-completion/completions
ZSHCOMPDIR	?= $(DATAROOTDIR)/zsh/site-functions
FISHCOMPDIR	?= $(DATAROOTDIR)/fish/vendor_completions.d
PKG_CONFIG	?= pkg-config
INSTALL		?= install
CFLAGS		?= -g -O2

# The Debian packages the build and the tests need: the one list, used by
# `make deps`, the README and .ci/run.
DEBIAN_PACKAGES	 = build-essential pkg-config libyaml-dev libxml2-dev \
		   libutf8proc-dev check mandoc man-db python3-yaml \
		   bash-completion cppcheck strace texlive-binaries texlive-base \
		   biber pandoc valgrind clang libclang-rt-14-dev \
		   zsh fish bibutils tidy git jq
# The peers and timers of `make bench` (not needed by make check).
BENCH_PACKAGES	 = hyperfine time bibtool bibutils python3-pybtex pandoc

# libxml2 is not linked: src/xml.c loads it with dlopen() when XML is
# first read, so that the rest starts without it, and only its headers
# are needed here.  (glibc 2.34 and later have dlopen() in libc; an older
# libc needs LDLIBS=-ldl.)
DEPS		 = yaml-0.1 libxml-2.0 libutf8proc
LINK_DEPS	 = yaml-0.1 libutf8proc
DEP_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags $(DEPS) 2>/dev/null)
DEP_LIBS	:= $(shell $(PKG_CONFIG) --libs $(LINK_DEPS) 2>/dev/null)
CHECK_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags check 2>/dev/null)
CHECK_LIBS	:= $(shell $(PKG_CONFIG) --libs check 2>/dev/null)

ALL_CPPFLAGS	 = -D_POSIX_C_SOURCE=200809L -DPUBTOOL_VERSION='"$(VERSION)"' \
		   -Isrc $(CPPFLAGS)
ALL_CFLAGS	 = -std=c11 -Wall -Wextra -pedantic -pthread $(DEP_CFLAGS) \
		   $(CFLAGS)

LIB_OBJS	 = src/arena.o src/area.o src/atom_read.o src/atomic.o \
		   src/bibtex_read.o src/bibtex_write.o src/csv_read.o \
		   src/dblp_read.o src/xml.o src/yaml_event.o \
		   src/buf.o src/cmd_cite.o src/cmd_filter.o src/cmd_import.o \
		   src/cmd_list.o src/cmd_stats.o src/color.o src/config.o \
		   src/csljson_write.o src/csv.o \
		   src/csv_write.o src/date.o src/diag.o src/escape.o \
		   src/filter.o src/format.o src/hashset.o src/html_write.o src/ident.o \
		   src/input.o src/json.o src/key.o src/latex.o src/library.o \
		   src/listing.o src/markdown_write.o src/merge.o src/name.o \
		   src/output.o src/pipeline.o src/profile_read.o src/progress.o src/record.o \
		   src/ref_write.o \
		   src/ris_write.o src/stats.o \
		   src/stream.o src/strmap.o src/text.o src/text_write.o \
		   src/usage.o src/venue.o src/xalloc.o src/yaml_config.o \
		   src/yaml_read.o \
		   src/yaml_write.o
HEADERS		 = $(wildcard src/*.h)
UNIT_SRCS	 = $(wildcard tests/unit/*.c)
UNIT_OBJS	 = $(UNIT_SRCS:.c=.o)
MAN1		 = man/pubtool.1 man/pubtool-cite.1 man/pubtool-filter.1 \
		   man/pubtool-import.1 man/pubtool-list.1 man/pubtool-stats.1
MAN5		 = man/pubtool-config.5 man/pubtool-records.5
# The zsh and fish completions are made from templates and the option
# tables of completions/pubtool.bash (completions/gentables.sh).
COMPLETIONS	 = completions/_pubtool completions/pubtool.fish
GENTABLES	 = completions/gentables.sh completions/pubtool.bash
DIST		 = pubtool-$(VERSION)

# Fuzzing (tests/fuzz/): one harness per target, each with a seed corpus
# in tests/fuzz/corpus/<target>/.  `make fuzz` builds them with clang and
# libFuzzer in FUZZ_BUILD, apart from the normal objects.
FUZZ_TARGETS	 = profile yaml bibtex csv atom dblp roundtrip_yaml \
		   roundtrip_bibtex quadratic config
FUZZ_SECONDS	 = 60
FUZZ_CC		 = clang
FUZZ_BUILD	 = tests/fuzz/build
FUZZ_SAN	 = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS	 = -std=c11 -g -O1 -fno-omit-frame-pointer -pthread $(DEP_CFLAGS) \
		   $(FUZZ_SAN)
FUZZ_OPTS	 = -max_len=65536 -timeout=5 -rss_limit_mb=2048
FUZZ_LIB_OBJS	 = $(LIB_OBJS:src/%.o=$(FUZZ_BUILD)/%.o)
FUZZ_REPLAYS	 = $(FUZZ_TARGETS:%=tests/fuzz/replay-%)
FUZZ_BINS	 = $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)

.PHONY: all run check check-unit check-cli check-completion \
	check-consumers check-headers check-valgrind check-install \
	check-man-options check-budget bench bench-deps install-packages \
	check-asan check-fuzz-corpus \
	fuzz lint lint-man deps print-deps print-version install uninstall \
	dist distcheck clean

all: pubtool $(COMPLETIONS)

src/libpubtool.a: $(LIB_OBJS)
	$(AR) rcs $@ $(LIB_OBJS)

pubtool: src/main.o src/libpubtool.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ src/main.o src/libpubtool.a \
	    $(DEP_LIBS) $(LDLIBS)

src/%.o: src/%.c $(HEADERS)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

completions/_pubtool: completions/pubtool.zsh.in $(GENTABLES)
	sh completions/gentables.sh zsh completions/pubtool.bash \
	    completions/pubtool.zsh.in >$@.tmp && mv $@.tmp $@

completions/pubtool.fish: completions/pubtool.fish.in $(GENTABLES)
	sh completions/gentables.sh fish completions/pubtool.bash \
	    completions/pubtool.fish.in >$@.tmp && mv $@.tmp $@

tests/unit/%.o: tests/unit/%.c tests/unit/tests.h $(HEADERS)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<

tests/unit/check_pubtool: $(UNIT_OBJS) src/libpubtool.a
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) $(LDFLAGS) -o $@ $(UNIT_OBJS) \
	    src/libpubtool.a $(CHECK_LIBS) $(DEP_LIBS) $(LDLIBS)

print-deps:
	@echo $(DEBIAN_PACKAGES)

print-version:
	@echo $(VERSION)

# Installs the Debian packages that are missing when run as root;
# otherwise prints the command that would.
deps:
	@$(MAKE) --no-print-directory install-packages \
	    PACKAGES='$(DEBIAN_PACKAGES)'

# What `make bench` needs besides: the timer and the peers it measures.
bench-deps:
	@$(MAKE) --no-print-directory install-packages \
	    PACKAGES='$(BENCH_PACKAGES)'

install-packages:
	@missing=; for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | \
	    grep -q 'ok installed' || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
	    echo "missing packages; run:"; \
	    echo "  sudo apt-get install -y$$missing"; exit 1; \
	fi

# Imports the bundled profile into a throwaway library and lists it.
run: deps
	@$(MAKE) --no-print-directory -s pubtool
	@lib=$$(mktemp -d) && \
	./pubtool import -L "$$lib/library.yaml" fixtures/profile/yokota.txt && \
	./pubtool list -L "$$lib/library.yaml" </dev/null; rc=$$?; \
	rm -rf "$$lib"; exit $$rc

# After `make deps` a new make reads the pkg-config flags of what it
# installed.
check: deps
	@$(MAKE) --no-print-directory check-unit check-cli check-completion \
	    check-consumers lint-man check-man-options check-headers \
	    check-fuzz-corpus check-install check-budget

check-unit: tests/unit/check_pubtool
	tests/unit/check_pubtool

check-cli: pubtool
	tests/cli/run.sh

# bash, zsh and fish, each against `pubtool CMD --help`.  The user's
# configuration file must not change what the tests see
# (tests/cli/run.sh sees to it itself).
check-completion: pubtool $(COMPLETIONS)
	PUBTOOL_CONFIG=/dev/null tests/cli/completion.sh
	PUBTOOL_CONFIG=/dev/null tests/cli/completion-shell.sh zsh
	PUBTOOL_CONFIG=/dev/null tests/cli/completion-shell.sh fish

# The options of `pubtool CMD --help` against those of the man pages.
check-man-options: pubtool
	PUBTOOL_CONFIG=/dev/null tests/man-options.sh

# install into a staging DESTDIR, use what was installed, uninstall.
check-install: pubtool $(COMPLETIONS)
	PUBTOOL_CONFIG=/dev/null MAKE='$(MAKE)' tests/install.sh

# The outputs read back by the programs that consume them: bibtex, biber,
# pandoc (BibTeX and CSL-JSON, with --citeproc, and the Markdown
# listing), jq, bibutils' ris2xml, Python's csv module, HTML Tidy.  An
# absent tool is skipped with a reason.
check-consumers: pubtool
	@rc=0; for t in tests/consumers/*.sh; do \
	    PUBTOOL_CONFIG=/dev/null sh "$$t" || rc=1; done; \
	exit $$rc

# Static analysis: cppcheck must report nothing.
# cppcheck, then gcc's static analyzer on every source file: either
# reporting anything fails.
lint:
	cppcheck -q --enable=warning,performance,portability --std=c11 \
	    --error-exitcode=1 --suppress=missingIncludeSystem \
	    -D_POSIX_C_SOURCE=200809L -Isrc src/
	@for f in src/*.c; do \
	    $(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -fanalyzer -Werror -O0 \
	        -c -o /dev/null $$f || exit 1; done; echo "gcc -fanalyzer: clean"

# Every header compiles on its own.
check-headers:
	@for h in $(HEADERS); do \
	    echo "#include \"$${h#src/}\"" | $(CC) $(ALL_CPPFLAGS) \
	    $(ALL_CFLAGS) -fsyntax-only -x c - || exit 1; done

# The whole suite again under AddressSanitizer and UBSan.
check-asan:
	$(MAKE) clean
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(MAKE) check-unit check-cli check-fuzz-corpus CFLAGS='-O1 -g -fno-omit-frame-pointer \
	    -fsanitize=address,undefined -fno-sanitize-recover=all -Werror' \
	    LDFLAGS='-fsanitize=address,undefined'
	$(MAKE) clean

# The unit tests (unforked) and every CLI case under valgrind's memcheck.
check-valgrind: pubtool tests/unit/check_pubtool
	CK_FORK=no valgrind -q --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
	    tests/unit/check_pubtool
	CLI_TIMEOUT=300 PUBTOOL=tests/valgrind-pubtool tests/cli/run.sh

# Every fuzz corpus file through its harness, built by the normal
# compiler with a standalone driver instead of libFuzzer.
tests/fuzz/replay-%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.c tests/fuzz/replay.c \
    tests/fuzz/fuzz.h src/libpubtool.a
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ \
	    tests/fuzz/fuzz_$*.c tests/fuzz/fuzz.c tests/fuzz/replay.c \
	    src/libpubtool.a $(DEP_LIBS) $(LDLIBS)

check-fuzz-corpus: $(FUZZ_REPLAYS)
	@for t in $(FUZZ_TARGETS); do \
	    tests/fuzz/replay-$$t tests/fuzz/corpus/$$t/* || exit 1; done

$(FUZZ_BUILD)/%.o: src/%.c $(HEADERS)
	@mkdir -p $(FUZZ_BUILD)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link \
	    -c -o $@ $<

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.c \
    tests/fuzz/fuzz.h $(FUZZ_LIB_OBJS)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ \
	    tests/fuzz/fuzz_$*.c tests/fuzz/fuzz.c $(FUZZ_LIB_OBJS) \
	    $(DEP_LIBS)

# Each target for FUZZ_SECONDS on a scratch copy of its corpus; a crash
# leaves its input in FUZZ_BUILD and fails.  Minimise it with
# `$(FUZZ_BUILD)/fuzz_T -minimize_crash=1 -runs=10000 FILE` and add it to
# tests/fuzz/corpus/T/.
fuzz: $(FUZZ_BINS)
	@rc=0; for t in $(FUZZ_TARGETS); do \
	    case $$t in \
	    *yaml|config) d=yaml ;; *bibtex) d=bibtex ;; atom|dblp) d=xml ;; \
	    quadratic) d= ;; *) d=$$t ;; esac; \
	    dict=$${d:+-dict=tests/fuzz/$$d.dict}; \
	    tmp=$$(mktemp -d) && cp tests/fuzz/corpus/$$t/* "$$tmp"/ && \
	    $(FUZZ_BUILD)/fuzz_$$t $(FUZZ_OPTS) $$dict \
	        -max_total_time=$(FUZZ_SECONDS) \
	        -artifact_prefix=$(FUZZ_BUILD)/$$t- "$$tmp" \
	        >"$$tmp.log" 2>&1; st=$$?; \
	    line=$$(grep -E '^#[0-9]+' "$$tmp.log" | tail -n 1); \
	    execs=$$(echo "$$line" | sed 's/^#\([0-9]*\).*/\1/'); \
	    cov=$$(echo "$$line" | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\).*/cov \1 ft \2/p'); \
	    if [ $$st -eq 0 ]; then echo "fuzz $$t: $$execs execs, $$cov, ok"; \
	    else echo "fuzz $$t: FAILED (exit $$st), log $(FUZZ_BUILD)/$$t.log"; \
	        cp "$$tmp.log" $(FUZZ_BUILD)/$$t.log; rc=1; fi; \
	    rm -rf "$$tmp" "$$tmp.log"; done; exit $$rc

# The instructions pubtool executes to import the 50-record fixture,
# counted by callgrind, against the budget in bench/budget.
check-budget: pubtool
	bench/check-budget.sh

# Benchmarks (bench/): pubtool against its floors and its peers at
# BENCH_SIZES records (default 10000 100000 1000000); writes
# bench/RESULTS.md.  The inputs go to BENCH_DATA (default bench/data).
BENCH_PROGS	 = bench/split_lines bench/yaml_walk bench/cpu_pair
BENCH_CFLAGS	 = $(ALL_CFLAGS) -O2

# The build counts against the time budget, so it is part of the recipe.
bench: bench-deps
	@start=$$(date +%s) && \
	$(MAKE) --no-print-directory pubtool $(BENCH_PROGS) && \
	BENCH_START=$$start bench/run.sh

bench/split_lines: bench/split_lines.c
	$(CC) $(ALL_CPPFLAGS) $(BENCH_CFLAGS) $(LDFLAGS) -o $@ $< $(LDLIBS)

bench/yaml_walk: bench/yaml_walk.c
	$(CC) $(ALL_CPPFLAGS) $(BENCH_CFLAGS) $(LDFLAGS) -o $@ $< \
	    $$($(PKG_CONFIG) --libs yaml-0.1) $(LDLIBS)

bench/cpu_pair: bench/cpu_pair.c
	$(CC) $(ALL_CPPFLAGS) $(BENCH_CFLAGS) -pthread $(LDFLAGS) -o $@ $< \
	    $(LDLIBS)

lint-man:
	mandoc -T lint -W warning $(MAN1) $(MAN5)

# Each completion goes where its shell looks for it (bash-completion 2 by
# command name, zsh on $fpath, fish in vendor_completions.d).  Debian's
# zsh does not search /usr/share/zsh/site-functions: a /usr package sets
# ZSHCOMPDIR=/usr/share/zsh/vendor-completions.
install: pubtool $(COMPLETIONS)
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(BASHCOMPDIR) \
	    $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	$(INSTALL) -m 755 pubtool $(DESTDIR)$(BINDIR)/pubtool
	$(INSTALL) -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	$(INSTALL) -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5
	$(INSTALL) -m 644 completions/pubtool.bash \
	    $(DESTDIR)$(BASHCOMPDIR)/pubtool
	$(INSTALL) -m 644 completions/_pubtool $(DESTDIR)$(ZSHCOMPDIR)/_pubtool
	$(INSTALL) -m 644 completions/pubtool.fish \
	    $(DESTDIR)$(FISHCOMPDIR)/pubtool.fish

# Removes the files install put there and no directory: every directory
# install may create (bin, man/man1, the completion directories) is one
# that other packages share, so none of them is pubtool's to remove.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pubtool
	rm -f $(MAN1:man/%=$(DESTDIR)$(MANDIR)/man1/%)
	rm -f $(MAN5:man/%=$(DESTDIR)$(MANDIR)/man5/%)
	rm -f $(DESTDIR)$(BASHCOMPDIR)/pubtool
	rm -f $(DESTDIR)$(ZSHCOMPDIR)/_pubtool
	rm -f $(DESTDIR)$(FISHCOMPDIR)/pubtool.fish

# pubtool-VERSION.tar.gz: the files git tracks (as they are in the work
# tree), under pubtool-VERSION/, owned by root, dated from
# SOURCE_DATE_EPOCH or else the last commit, in name order, so the same
# tree gives the same bytes.  Needs a git checkout.
dist:
	@git ls-files >/dev/null || { \
	    echo "dist: needs a git checkout ('git ls-files')" >&2; exit 2; }
	@date=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct)} && \
	git ls-files -z | tar --null -T - --sort=name --owner=0 --group=0 \
	    --numeric-owner --mtime=@$$date --mode=u+w,go-w \
	    --transform='s|^|$(DIST)/|' -cf - | gzip -9n \
	    >$(DIST).tar.gz.tmp && mv $(DIST).tar.gz.tmp $(DIST).tar.gz
	@echo $(DIST).tar.gz

# The tarball unpacked in a scratch directory must pass `make check`
# there, and `make clean` must then leave exactly what was unpacked.
distcheck: dist
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	tar -xzf $(DIST).tar.gz -C "$$tmp" && \
	$(MAKE) -C "$$tmp/$(DIST)" check && \
	$(MAKE) -C "$$tmp/$(DIST)" clean && \
	tar -tzf $(DIST).tar.gz | sed -n '/\/$$/d; s|^$(DIST)/||p' | \
	    LC_ALL=C sort >"$$tmp/want" && \
	(cd "$$tmp/$(DIST)" && find . -type f -o -type l | sed 's|^\./||' | \
	    LC_ALL=C sort) >"$$tmp/got" && \
	if ! diff -u "$$tmp/want" "$$tmp/got"; then \
	    echo "distcheck: make clean left or removed the files above" >&2; \
	    exit 1; fi && \
	echo "distcheck: $(DIST).tar.gz passed make check"

clean:
	rm -f pubtool src/*.o src/libpubtool.a tests/unit/*.o \
	    tests/unit/check_pubtool $(FUZZ_REPLAYS) $(COMPLETIONS) \
	    $(COMPLETIONS:=.tmp) $(DIST).tar.gz.tmp $(BENCH_PROGS)
	rm -rf $(FUZZ_BUILD)
