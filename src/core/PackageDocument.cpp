#include "core/PackageDocument.h"

#include "core/ManifestReader.h"
#include "core/PathGuard.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

using Tokens = std::vector<std::string>;

/** RFC 6901: "" is the whole document, else "/"-separated tokens with "~0" for '~' and "~1" for '/'. */
std::optional<Tokens> parsePointer(const std::string& pointer)
{
    Tokens tokens;
    if (pointer.empty())
        return tokens;
    if (pointer.front() != '/')
        return std::nullopt;
    std::string token;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            tokens.push_back(std::move(token));
            token.clear();
        } else if (pointer[i] == '~') {
            if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
                return std::nullopt;
            token += pointer[++i] == '0' ? '~' : '/';
        } else {
            token += pointer[i];
        }
    }
    return tokens;
}

std::string joinPointer(const Tokens& tokens, std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count && i < tokens.size(); ++i) {
        out += '/';
        for (char c : tokens[i])
            out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    }
    return out;
}

/** An array index as RFC 6901 writes it: digits, no leading zero (so "-" and "01" are not). */
std::optional<std::size_t> arrayIndex(const std::string& token)
{
    if (token.empty() || (token.size() > 1 && token.front() == '0'))
        return std::nullopt;
    std::size_t index = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
    if (ec != std::errc() || end != token.data() + token.size())
        return std::nullopt;
    return index;
}

/** The value the first `count` tokens lead to, or nullptr. */
const ManifestJson* walk(const ManifestJson& root, const Tokens& tokens, std::size_t count)
{
    const ManifestJson* node = &root;
    for (std::size_t i = 0; i < count; ++i) {
        if (node->is_object()) {
            const auto it = node->find(tokens[i]);
            if (it == node->end())
                return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            const auto index = arrayIndex(tokens[i]);
            if (!index || *index >= node->size())
                return nullptr;
            node = &(*node)[*index];
        } else {
            return nullptr;
        }
    }
    return node;
}

ManifestJson* walk(ManifestJson& root, const Tokens& tokens, std::size_t count)
{
    return const_cast<ManifestJson*>(walk(static_cast<const ManifestJson&>(root), tokens, count));
}

std::size_t memberIndex(const ManifestJson& object, const std::string& key)
{
    std::size_t i = 0;
    for (auto it = object.begin(); it != object.end(); ++it, ++i)
        if (it.key() == key)
            return i;
    return i;
}

/** Adds `key` at `position` among the members (ordered_json only appends, so rebuild). */
void insertMember(ManifestJson& object, const std::string& key, ManifestJson value, std::size_t position)
{
    if (position >= object.size()) {
        object[key] = std::move(value);
        return;
    }
    ManifestJson rebuilt = ManifestJson::object();
    std::size_t i = 0;
    for (auto it = object.begin(); it != object.end(); ++it, ++i) {
        if (i == position)
            rebuilt[key] = std::move(value);
        rebuilt[it.key()] = std::move(it.value());
    }
    object = std::move(rebuilt);
}

std::optional<std::string> readDisk(const fs::path& folder, const std::string& relative)
{
    if (!checkRelativePath(relative).empty())
        return std::nullopt;
    std::error_code ec;
    const fs::path file = folder / relative;
    if (!fs::is_regular_file(file, ec))
        return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

PackageDocument::PackageDocument(fs::path folder, ManifestJson manifest)
    : m_folder(std::move(folder)), m_manifest(std::move(manifest))
{
}

DocumentOpenResult PackageDocument::open(const fs::path& folder)
{
    DocumentOpenResult result;
    const fs::path file = folder / "bundle.json";
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
        result.problems.push_back({Severity::Error, file.string(), {},
                                   "bundle.json is missing: a package folder holds bundle.json at its root", 0, 0});
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) {
        result.problems.push_back({Severity::Error, file.string(), {}, "cannot read the file", 0, 0});
        return result;
    }
    const std::string text = bytes.str();
    // The reader's own checks first: syntax errors with line, column and likely cause, the size
    // and depth limits. Field errors still give a document: the editor is where they are fixed.
    LoadResult parsed = parseManifestKeepingPartial(text, "bundle.json");
    if (!parsed.bundle) {
        result.problems = std::move(parsed.problems);
        return result;
    }
    try {
        PackageDocument doc(folder, ManifestJson::parse(text));
        doc.m_savedText = doc.serialize();
        result.document = std::move(doc);
    } catch (const std::exception& e) {
        result.problems.push_back({Severity::Error, "bundle.json", {}, std::string("invalid JSON: ") + e.what(), 0, 0});
    }
    return result;
}

const ManifestJson* PackageDocument::find(const std::string& pointer) const
{
    const auto tokens = parsePointer(pointer);
    return tokens ? walk(m_manifest, *tokens, tokens->size()) : nullptr;
}

std::string PackageDocument::text(const std::string& pointer) const
{
    const ManifestJson* value = find(pointer);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

bool PackageDocument::set(const std::string& pointer, ManifestJson value, EditMerge merge)
{
    const auto tokens = parsePointer(pointer);
    if (!tokens)
        return false;
    if (tokens->empty()) {
        if (!value.is_object())
            return false;
        if (value == m_manifest)
            return true;
        Change change{false, "", m_manifest, std::move(value)};
        apply(change, true);
        record(std::move(change), merge);
        return true;
    }
    ManifestJson* node = &m_manifest;
    const std::size_t n = tokens->size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& token = (*tokens)[i];
        const bool last = i + 1 == n;
        ManifestJson* next = nullptr;
        if (node->is_object()) {
            const auto it = node->find(token);
            if (it == node->end()) {
                // Missing objects on the way are made, as one change at the first missing member.
                ManifestJson made = std::move(value);
                for (std::size_t j = n - 1; j > i; --j) {
                    ManifestJson wrap = ManifestJson::object();
                    wrap[(*tokens)[j]] = std::move(made);
                    made = std::move(wrap);
                }
                Change change{false, joinPointer(*tokens, i + 1), std::nullopt, std::move(made), node->size()};
                // Typing into a field just emptied (and so removed) puts it back where it was.
                if (merge == EditMerge::WithSameField && !m_groupDepth && !m_undo.empty() &&
                    m_undo.back().mergeable && m_undo.back().changes.size() == 1 &&
                    !m_undo.back().changes.front().isFile && m_undo.back().changes.front().where == change.where)
                    change.position = m_undo.back().changes.front().position;
                apply(change, true);
                record(std::move(change), merge);
                return true;
            }
            next = &*it;
        } else if (node->is_array()) {
            const auto index = arrayIndex(token);
            if (!index || *index >= node->size())
                return false;
            next = &(*node)[*index];
        } else {
            return false;
        }
        if (last) {
            if (*next == value)
                return true;
            const std::size_t position = node->is_object() ? memberIndex(*node, token) : 0;
            Change change{false, joinPointer(*tokens, n), *next, std::move(value), position};
            apply(change, true);
            record(std::move(change), merge);
            return true;
        }
        node = next;
    }
    return false;
}

bool PackageDocument::setText(const std::string& pointer, const std::string& text, EditMerge merge)
{
    if (!text.empty())
        return set(pointer, text, merge);
    const auto tokens = parsePointer(pointer);
    if (!tokens || tokens->empty())
        return false;
    const ManifestJson* parent = walk(m_manifest, *tokens, tokens->size() - 1);
    if (!parent)
        return false;
    if (!parent->is_object() || !parent->contains(tokens->back()))
        return parent->is_object(); // already absent
    Change change{false, joinPointer(*tokens, tokens->size()), (*parent)[tokens->back()], std::nullopt,
                  memberIndex(*parent, tokens->back())};
    apply(change, true);
    record(std::move(change), merge);
    return true;
}

bool PackageDocument::erase(const std::string& pointer)
{
    const auto tokens = parsePointer(pointer);
    if (!tokens || tokens->empty() || !walk(m_manifest, *tokens, tokens->size()))
        return false;
    const ManifestJson* parent = walk(m_manifest, *tokens, tokens->size() - 1);
    const std::size_t position = parent->is_object() ? memberIndex(*parent, tokens->back()) : 0;
    Change change{false, joinPointer(*tokens, tokens->size()), *walk(m_manifest, *tokens, tokens->size()),
                  std::nullopt, position};
    apply(change, true);
    record(std::move(change), EditMerge::No);
    return true;
}

bool PackageDocument::insert(const std::string& arrayPointer, std::size_t index, ManifestJson value)
{
    const auto tokens = parsePointer(arrayPointer);
    if (!tokens)
        return false;
    const ManifestJson* array = walk(m_manifest, *tokens, tokens->size());
    if (!array) {
        ManifestJson made = ManifestJson::array();
        made.push_back(std::move(value));
        return set(arrayPointer, std::move(made));
    }
    if (!array->is_array())
        return false;
    index = std::min(index, array->size());
    Change change{false, joinPointer(*tokens, tokens->size()) + "/" + std::to_string(index), std::nullopt,
                  std::move(value)};
    apply(change, true);
    record(std::move(change), EditMerge::No);
    return true;
}

bool PackageDocument::move(const std::string& arrayPointer, std::size_t from, std::size_t to)
{
    const auto tokens = parsePointer(arrayPointer);
    const ManifestJson* array = tokens ? walk(m_manifest, *tokens, tokens->size()) : nullptr;
    if (!array || !array->is_array() || from >= array->size() || to >= array->size())
        return false;
    if (from == to)
        return true;
    // Out at `from`, in at `to`: undone in reverse order, the element comes back where it was.
    const std::string where = joinPointer(*tokens, tokens->size()) + "/";
    Change out{false, where + std::to_string(from), (*array)[from], std::nullopt};
    Change in{false, where + std::to_string(to), std::nullopt, (*array)[from]};
    beginGroup();
    apply(out, true);
    record(std::move(out), EditMerge::No);
    apply(in, true);
    record(std::move(in), EditMerge::No);
    endGroup();
    return true;
}

std::string PackageDocument::fileText(const std::string& relative) const
{
    if (const auto it = m_pendingFiles.find(relative); it != m_pendingFiles.end())
        return it->second;
    return readDisk(m_folder, relative).value_or(std::string());
}

bool PackageDocument::setFileText(const std::string& relative, const std::string& text, EditMerge merge)
{
    if (!checkRelativePath(relative).empty())
        return false;
    if (fileText(relative) == text)
        return true;
    const auto it = m_pendingFiles.find(relative);
    Change change{true, relative, it == m_pendingFiles.end() ? std::nullopt : std::optional<ManifestJson>(it->second),
                  ManifestJson(text)};
    apply(change, true);
    record(std::move(change), merge);
    return true;
}

bool PackageDocument::apply(const Change& change, bool forward)
{
    const std::optional<ManifestJson>& target = forward ? change.after : change.before;
    const std::optional<ManifestJson>& other = forward ? change.before : change.after;
    if (change.isFile) {
        // No text: the file is not pending, the disk's is shown.
        if (target && target->is_string())
            m_pendingFiles[change.where] = target->get<std::string>();
        else
            m_pendingFiles.erase(change.where);
        return true;
    }
    const auto tokens = parsePointer(change.where);
    if (!tokens)
        return false;
    if (tokens->empty()) {
        if (target)
            m_manifest = *target;
        return target.has_value();
    }
    ManifestJson* parent = walk(m_manifest, *tokens, tokens->size() - 1);
    if (!parent)
        return false;
    const std::string& key = tokens->back();
    if (parent->is_object()) {
        if (!target)
            parent->erase(key);
        else if (const auto it = parent->find(key); it != parent->end())
            *it = *target;
        else
            insertMember(*parent, key, *target, change.position);
        return true;
    }
    const auto index = arrayIndex(key);
    if (!parent->is_array() || !index)
        return false;
    const std::size_t size = parent->size();
    if (!target && *index < size)
        parent->erase(*index);
    else if (target && !other && *index <= size)
        parent->insert(parent->begin() + static_cast<std::ptrdiff_t>(*index), *target);
    else if (target && other && *index < size)
        (*parent)[*index] = *target;
    else
        return false;
    return true;
}

void PackageDocument::record(Change change, EditMerge merge)
{
    ++m_revision;
    m_redo.clear();
    if (m_groupDepth > 0 && m_group) {
        m_group->changes.push_back(std::move(change));
        return;
    }
    if (merge == EditMerge::WithSameField && !m_undo.empty()) {
        Step& last = m_undo.back();
        if (last.mergeable && last.changes.size() == 1 && last.changes.front().isFile == change.isFile &&
            last.changes.front().where == change.where) {
            last.changes.front().after = std::move(change.after);
            // Typed and deleted again: nothing left to undo.
            if (last.changes.front().before == last.changes.front().after)
                m_undo.pop_back();
            return;
        }
    }
    Step step;
    step.changes.push_back(std::move(change));
    step.mergeable = merge == EditMerge::WithSameField;
    m_undo.push_back(std::move(step));
}

void PackageDocument::beginGroup()
{
    if (m_groupDepth++ == 0)
        m_group = Step{};
}

void PackageDocument::endGroup()
{
    if (m_groupDepth == 0 || --m_groupDepth > 0)
        return;
    if (m_group && !m_group->changes.empty())
        m_undo.push_back(std::move(*m_group));
    m_group.reset();
}

bool PackageDocument::canUndo() const
{
    return m_groupDepth == 0 && !m_undo.empty();
}

bool PackageDocument::canRedo() const
{
    return m_groupDepth == 0 && !m_redo.empty();
}

namespace {

template <typename Change> std::string shownPlace(const Change& change)
{
    return change.isFile ? "file:" + change.where : change.where;
}

} // namespace

std::optional<std::string> PackageDocument::undo()
{
    if (!canUndo())
        return std::nullopt;
    Step step = std::move(m_undo.back());
    m_undo.pop_back();
    for (auto it = step.changes.rbegin(); it != step.changes.rend(); ++it)
        apply(*it, false);
    // Typing after an undo starts a step of its own.
    step.mergeable = false;
    if (!m_undo.empty())
        m_undo.back().mergeable = false;
    const std::string place = shownPlace(step.changes.front());
    m_redo.push_back(std::move(step));
    ++m_revision;
    return place;
}

std::optional<std::string> PackageDocument::redo()
{
    if (!canRedo())
        return std::nullopt;
    Step step = std::move(m_redo.back());
    m_redo.pop_back();
    for (const Change& change : step.changes)
        apply(change, true);
    const std::string place = shownPlace(step.changes.front());
    m_undo.push_back(std::move(step));
    ++m_revision;
    return place;
}

bool PackageDocument::isModified() const
{
    // Nothing edited since the open or save (every edit, undo and redo moves the revision).
    if (!m_savedText.empty() && m_revision == m_savedRevision && m_pendingFiles.empty())
        return false;
    if (serialize() != m_savedText)
        return true;
    for (const auto& [relative, text] : m_pendingFiles)
        if (readDisk(m_folder, relative) != text)
            return true;
    return false;
}

std::string PackageDocument::serialize() const
{
    try {
        // replace: a string that is not UTF-8 (it cannot come from the manifest) must not throw.
        return m_manifest.dump(2, ' ', false, ManifestJson::error_handler_t::replace) + "\n";
    } catch (const std::exception&) {
        return {};
    }
}

DocumentSaveResult PackageDocument::save()
{
    DocumentSaveResult result;
    auto write = [&](const std::string& relative, const std::string& bytes) {
        const fs::path target = m_folder / relative;
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        if (ec) {
            result.error = "could not write " + target.string() + ": cannot make the folder " +
                           target.parent_path().string() + " (" + ec.message() + ")";
            return false;
        }
        const WriteResult written = writeFileDurably(target, bytes);
        if (!written.ok()) {
            result.error = written.error;
            return false;
        }
        result.written.push_back(relative);
        return true;
    };
    for (auto it = m_pendingFiles.begin(); it != m_pendingFiles.end();) {
        const std::optional<std::string> before = readDisk(m_folder, it->first);
        if (!write(it->first, it->second))
            return result; // the rest stays pending
        // In the history, "not pending" meant the disk's text before this save: make it explicit,
        // so undoing past the save brings that text back.
        if (before) {
            for (auto* stack : {&m_undo, &m_redo})
                for (Step& step : *stack)
                    for (Change& change : step.changes)
                        if (change.isFile && change.where == it->first)
                            for (auto* side : {&change.before, &change.after})
                                if (!*side)
                                    *side = ManifestJson(*before);
        }
        it = m_pendingFiles.erase(it);
    }
    const std::string text = serialize();
    if (!write("bundle.json", text))
        return result;
    m_savedText = text;
    m_savedRevision = m_revision;
    if (!m_undo.empty())
        m_undo.back().mergeable = false;
    return result;
}

LoadResult PackageDocument::validate(const LoadOptions& options) const
{
    return loadBundleText(m_folder, serialize(), options, &m_pendingFiles);
}

} // namespace reflekt
