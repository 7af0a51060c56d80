// Invalid requirements fail the build with every problem at its file:line:column, and no rule is compiled.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR]   - system.yaml:2:14: The field `team.size` (0) must be')
assert log.contains('[ERROR]   - system.yaml:3:21: The field `nfrs.compliance[0]` (pci) must be one of')
assert log.contains("did you mean `pci-dss`?")
assert !log.contains('compiled')
assert !log.contains('BUILD SUCCESS')
true
