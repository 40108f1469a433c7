import -o - bad/truncated-title.txt
