import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

// The same high finding passes with failOn critical, and every report is written and parses.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('1 finding (1 high) · checklist 8 pass, 0 fail · PASS (failOn critical, checklist)')
assert log.contains('BUILD SUCCESS')

def out = new File(basedir, 'target/archadvisor')
def sarif = new JsonSlurper().parse(new File(out, 'advice.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results.find { it.ruleId == 'AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE' }
assert result != null
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'system.yaml'   // relative to the folder Maven runs in, as in the repository
assert location.region.startLine > 1   // the line of the YAML value the finding rests on, not the top of the file

def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, 'TEST-archadvisor.xml'))
def root = junit.documentElement
assert root.tagName in ['testsuite', 'testsuites']
assert junit.getElementsByTagName('testcase').length > 0
assert junit.getElementsByTagName('failure').length >= 1

assert new File(out, 'advice.md').getText('UTF-8').startsWith('# ')
true
