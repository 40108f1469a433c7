import -f atom -o - bad/truncated.xml
