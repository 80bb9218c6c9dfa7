/// Entities a user adds with `--actors FILE`, in the format of one of the bundled actor files (told apart by the
/// header: `countries.tsv`, `organizations.tsv`, `places.tsv` or `persons.tsv`). The user's entries come first,
/// so an alias they define wins over the bundled one.
extension Lexicon {
    public mutating func addUserActors(text: String, name: String) throws(LexiconError) {
        let table = try TSVTable(name: name, text: text)
        switch table.header {
        case ["code", "kind", "names", "demonyms", "capitals", "seats"]: entities = try Self.countries(table) + entities
        case Self.organizationColumns, Array(Self.organizationColumns.dropLast()):
            entities = try Self.organizations(table) + entities
        case ["id", "actor", "names"]: entities = try Self.places(table) + entities
        case ["id", "name", "variants", "roles"]: persons = try Self.persons(table) + persons
        default:
            throw LexiconError(
                file: name, line: 0,
                reason: "header '\(table.header.joined(separator: "\\t"))' is not one of the actor file formats (see the data README)")
        }
        fingerprints["user:" + name] = String(fnv1a64(Array(text.utf8)), radix: 16)
    }
}
