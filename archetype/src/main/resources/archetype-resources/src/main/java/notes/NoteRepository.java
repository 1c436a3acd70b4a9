package ${package}.notes;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Notes in the application's database (SteadfastDS, shared by every node of the cluster). */
@ApplicationScoped
public class NoteRepository {

    @PersistenceContext
    EntityManager em;

    Optional<Note> find(long id) {
        return Optional.ofNullable(em.find(Note.class, id));
    }

    List<Note> newestFirst(int limit) {
        return em.createQuery("select n from Note n order by n.createdAt desc, n.id desc", Note.class)
                .setMaxResults(limit).getResultList();
    }

    long count() {
        return em.createQuery("select count(n) from Note n", Long.class).getSingleResult();
    }

    Note add(Note note) {
        em.persist(note);
        em.flush();
        return note;
    }

    void remove(Note note) {
        em.remove(note);
    }

    void flush() {
        em.flush();
    }
}
