// Invocation 2 must have failed on the wrong expectation itself: the test ran and its assertion failed.
def report = new File(basedir, 'target/surefire-reports/com.example.billing.WrongExpectationTest.txt')
assert report.isFile() : "the wrong-expectation test did not run: " + report
def text = report.text
assert text.contains('Tests run: 1, Failures: 1') : text
assert text.contains('4000.01') : text
return true
