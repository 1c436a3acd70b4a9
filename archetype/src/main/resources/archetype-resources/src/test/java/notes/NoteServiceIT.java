package ${package}.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.testing.Deployments;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.audit.AuditVerification;
import dev.steadfast.runtime.problem.ConflictProblem;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: the service, its transaction and its audit records, together. */
@ExtendWith(ArquillianExtension.class)
class NoteServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(NoteServiceIT.class);
    }

    @Inject
    NoteService notes;

    @Inject
    NoteRepository repository;

    @Inject
    AuditTrail audit;

    @Test
    void creatingANoteWritesOneAuditRecordToAnIntactChain() {
        long before = audit.verify().checked();

        Note note = notes.create(new NoteDraft("Call the supplier", "about the late delivery"));

        AuditVerification after = audit.verify();
        assertTrue(after.intact(), after::reason);
        assertEquals(before + 1, after.checked());
        assertEquals("Call the supplier", notes.get(note.getId()).getTitle());
    }

    @Test
    void anInvalidNoteIsRefusedAndNothingIsStored() {
        long before = repository.count();

        assertThrows(ConstraintViolationException.class, () -> notes.create(new NoteDraft("  ", null)));

        assertEquals(before, repository.count());
        assertTrue(audit.verify().intact());
    }

    @Test
    void aRevisionFromAStaleVersionIsAConflictAndChangesNothing() {
        Note note = notes.create(new NoteDraft("Draft", null));
        notes.revise(note.getId(), note.getVersion(), new NoteDraft("First revision", null));

        assertThrows(ConflictProblem.class,
                () -> notes.revise(note.getId(), note.getVersion(), new NoteDraft("Lost update", null)));

        assertEquals("First revision", notes.get(note.getId()).getTitle());
    }
}
