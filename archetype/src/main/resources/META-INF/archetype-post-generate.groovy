// Checks every parameter of a newly generated project and names the first one that breaks its rule, in one
// sentence; the half-made project is removed so that nothing broken is left behind.
import java.nio.file.Files
import java.nio.file.Path
import java.util.Comparator

def props = request.properties
def reserved = ['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const',
        'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto',
        'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private',
        'protected', 'public', 'return', 'short', 'static', 'strictfp', 'super', 'switch', 'synchronized', 'this',
        'throw', 'throws', 'transient', 'try', 'void', 'volatile', 'while', 'true', 'false', 'null', 'var', 'record',
        'yield', 'sealed', 'permits'] as Set
def dotted = ~/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/
def rules = [
    groupId    : [{ it ==~ dotted }, 'lower-case words separated by dots, such as com.example'],
    artifactId : [{ it ==~ /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/ && it.length() <= 40 }, 'lower-case letters, digits and single hyphens, at most 40 characters, such as order-desk'],
    version    : [{ it ==~ /^[0-9]+(\.[0-9]+)*([.-][A-Za-z0-9]+)*$/ }, 'a Maven version such as 1.0.0-SNAPSHOT'],
    'package'  : [{ it ==~ dotted && !it.split('\\.').any { reserved.contains(it) } }, 'a Java package: lower-case words separated by dots, none of them a Java keyword'],
    displayName: [{ it ==~ /^[^<>&"\\$#]{1,60}$/ && !it.isBlank() }, '1 to 60 characters without < > & " \\ $ or #'],
]
def broken = rules.find { name, rule -> !rule[0](props.getProperty(name) ?: '') }
if (broken) {
    Path project = Path.of(request.outputDirectory, request.artifactId)
    if (Files.exists(project)) {
        Files.walk(project).sorted(Comparator.reverseOrder()).forEach { Files.delete(it) }
    }
    throw new IllegalArgumentException("Parameter ${broken.key} '${props.getProperty(broken.key)}' must be ${broken.value[1]}.")
}
