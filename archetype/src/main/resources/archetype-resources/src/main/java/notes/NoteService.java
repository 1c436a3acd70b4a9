package ${package}.notes;

import java.time.Instant;
import java.util.List;

import dev.steadfast.runtime.audit.AuditId;
import dev.steadfast.runtime.audit.Audited;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The notes use cases. Each write runs in one transaction together with its audit record (@Audited): a note
 * never changes without its record, and a failed or refused change is recorded too. Each write is flushed before
 * it returns, so its row locks come before the audit chain's: one lock order for every writer, no deadlocks.
 */
@ApplicationScoped
@Transactional
public class NoteService {

    @Inject
    NoteRepository notes;

    public List<Note> newest() {
        return notes.newestFirst(50);
    }

    public Note get(long id) {
        return notes.find(id).orElseThrow(() -> new NotFoundProblem("There is no note " + id + "."));
    }

    @Audited(action = "note.create", entityType = "Note")
    public Note create(@NotNull @Valid NoteDraft draft) {
        return notes.add(new Note(draft, Instant.now()));
    }

    /** Revises a note if it is still at the version the client last saw; otherwise 409, and nothing is lost. */
    @Audited(action = "note.revise", entityType = "Note")
    public Note revise(@AuditId long id, long expectedVersion, @NotNull @Valid NoteDraft draft) {
        Note note = get(id);
        if (note.getVersion() != expectedVersion) {
            throw new ConflictProblem("Note " + id + " was changed by someone else (now at version "
                    + note.getVersion() + "); reload it and try again.");
        }
        note.revise(draft);
        notes.flush();
        return note;
    }

    @Audited(action = "note.delete", entityType = "Note")
    public void delete(@AuditId long id) {
        notes.remove(get(id));
        notes.flush();
    }
}
