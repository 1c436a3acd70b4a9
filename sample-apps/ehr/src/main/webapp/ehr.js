// The clinicians' page: who is signed in, patients found by family name, a patient's chart, and an observation
// recorded, over the EHR's REST API. Nothing of a patient is kept in the browser beyond the page on screen.
'use strict';

let current = null;

async function api(method, path, body) {
    const response = await fetch('api/' + path, {
        method,
        // X-Requested-With: what steadfast-runtime's cross-site request guard asks of a change without a JSON body.
        headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch', ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'same-origin',
    });
    document.getElementById('node').textContent = response.headers.get('X-Steadfast-Node') || '';
    if (response.status === 401) {
        location.href = 'sign-in.html';
        throw new Error('not signed in');
    }
    const payload = response.status === 204 ? null : await response.json();
    if (!response.ok) {
        throw new Error(payload && (payload.detail || payload.title) || 'HTTP ' + response.status);
    }
    return payload;
}

function say(text) {
    document.getElementById('message').textContent = text;
}

function cell(text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    return td;
}

async function findPatients(event) {
    event.preventDefault();
    say('');
    try {
        const found = await api('GET', 'patients?name=' + encodeURIComponent(document.getElementById('name').value));
        document.getElementById('patients').replaceChildren(...found.map(p => {
            const item = document.createElement('li');
            item.dataset.id = p.id;
            const open = document.createElement('button');
            open.type = 'button';
            open.textContent = p.familyName + ', ' + p.givenName + ' (' + p.mrn + ')';
            open.addEventListener('click', () => openRecord(p));
            item.append(open);
            return item;
        }));
        if (found.length === 0) {
            say('No patient of your care team has that name.');
        }
    } catch (e) {
        say(e.message);
    }
}

async function openRecord(patient) {
    say('');
    current = patient;
    document.getElementById('patient').textContent = patient.familyName + ', ' + patient.givenName;
    document.getElementById('demographics').textContent = 'Born ' + patient.birthDate + ' · MRN ' + patient.mrn + ' · care team ' + patient.careTeam;
    document.getElementById('record').hidden = false;
    await showChart();
}

async function showChart() {
    try {
        const entries = await api('GET', 'patients/' + current.id + '/chart');
        document.getElementById('chart').replaceChildren(...entries.map(e => {
            const row = document.createElement('tr');
            row.className = 'entry';
            row.append(cell(new Date(e.recordedAt).toLocaleString()), cell(e.kind.toLowerCase()), cell(e.code), cell(e.description),
                cell(e.value == null ? '' : e.value + ' ' + (e.unit || '')), cell(e.recordedBy));
            return row;
        }));
    } catch (e) {
        say(e.message);
    }
}

async function recordObservation(event) {
    event.preventDefault();
    const field = id => document.getElementById(id).value.trim() || null;
    try {
        await api('POST', 'patients/' + current.id + '/chart',
            { kind: 'OBSERVATION', code: field('code'), description: field('description'), value: field('value'), unit: field('unit') });
        event.target.reset();
        await showChart();
    } catch (e) {
        say(e.message);
    }
}

async function signOut() {
    await api('POST', 'me/sign-out');
    location.href = 'sign-in.html';
}

document.getElementById('search').addEventListener('submit', findPatients);
document.getElementById('observation').addEventListener('submit', recordObservation);
document.getElementById('sign-out').addEventListener('click', signOut);
api('GET', 'me').then(me => {
    document.getElementById('who').textContent = me.username + ' (' + me.roles.join(', ') + (me.careTeam ? ', ' + me.careTeam : '') + ')';
}).catch(() => {});
