// The build failed at verify on the high finding, named it, and ended with the summary line.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE (HIGH) in main-db')
assert log.contains('1 finding (1 high) · checklist 8 pass, 0 fail · FAIL (failOn high, checklist)')
assert log.contains('archadvisor-maven-plugin')
assert !log.contains('BUILD SUCCESS')

// the .archadvisor.yaml supplied what the POM does not set: GitHub annotations at the finding's YAML line
def annotations = new File(basedir, 'target/annotations.txt').getText('UTF-8')
assert annotations =~ /::error file=system\.yaml,line=\d+,col=\d+,title=AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE/
true
