// The build failed at verify on the high finding, named it, and ended with the summary line.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE (HIGH) in main-db')
assert log.contains('1 finding (1 high) · checklist 8 pass, 0 fail · FAIL (failOn high, checklist)')
assert log.contains('archadvisor-maven-plugin')
assert !log.contains('BUILD SUCCESS')
true
