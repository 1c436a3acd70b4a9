// The shop's page: the catalog, this session's cart, and checkout, over the shop's REST API.
// Every answer carries X-Steadfast-Node, shown at the top, so one can watch a failover happen.
'use strict';

const euros = cents => (cents / 100).toFixed(2);
// The checkout's Idempotency-Key: kept while the same cart is retried (an answer lost to the network), so that a
// retry cannot order twice; dropped once the checkout succeeds, the cart changes (another cart is another
// checkout), or the shop refuses the key for another cart (422), so that a shopper is never stuck on an old key.
let checkoutKey = null;
// What an order's status (OrderStatus in the order package) means to a shopper.
const orderStatus = {
    PAYMENT_PENDING: 'payment pending',
    CHARGING: 'payment under way',
    PAID: 'paid',
    CANCELLED: 'cancelled',
    REFUND_PENDING: 'refund under way',
    REFUNDED: 'refunded',
};

async function api(method, path, body, headers = {}) {
    const response = await fetch('api/' + path, {
        method,
        // X-Requested-With: what steadfast-runtime's cross-site request guard asks of a change without a JSON body.
        headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'same-origin',
    });
    const node = response.headers.get('X-Steadfast-Node');
    if (node) {
        document.getElementById('node').textContent = node;
    }
    const payload = response.status === 204 ? null : await response.json();
    if (!response.ok) {
        const error = new Error(payload && (payload.detail || payload.title) || 'HTTP ' + response.status);
        error.status = response.status;
        throw error;
    }
    return payload;
}

function say(text) {
    document.getElementById('message').textContent = text;
}

function showCatalog(products) {
    const list = document.getElementById('products');
    list.replaceChildren(...products.map(p => {
        const item = document.createElement('li');
        item.dataset.sku = p.sku;
        item.innerHTML = '<span class="name"></span><span class="price"></span><span class="stock"></span>';
        item.querySelector('.name').textContent = p.name;
        item.querySelector('.price').textContent = euros(p.priceCents);
        item.querySelector('.stock').textContent = p.stock > 0 ? p.stock + ' in stock' : 'sold out';
        const add = document.createElement('button');
        add.type = 'button';
        add.className = 'add';
        add.textContent = 'Add to cart';
        add.disabled = p.stock === 0;
        add.addEventListener('click', () => addToCart(p.id));
        item.append(add);
        return item;
    }));
}

function showCart(cart) {
    const list = document.getElementById('cart');
    list.replaceChildren(...cart.lines.map(line => {
        const item = document.createElement('li');
        item.className = 'cart-line';
        item.dataset.sku = line.sku;
        item.textContent = line.quantity + ' × ' + line.name + ' — ' + euros(line.lineTotalCents);
        return item;
    }));
    document.getElementById('cart-total').textContent = euros(cart.totalCents);
    document.getElementById('checkout').disabled = cart.lines.length === 0;
}

async function addToCart(productId) {
    say('');
    try {
        const cart = await api('POST', 'cart/items', { productId, quantity: 1 });
        checkoutKey = null; // another cart: its checkout is a new one
        showCart(cart);
    } catch (e) {
        say(e.message);
    }
}

async function checkout() {
    say('');
    checkoutKey = checkoutKey || crypto.randomUUID();
    try {
        const order = await api('POST', 'orders', null, { 'Idempotency-Key': checkoutKey });
        checkoutKey = null;
        document.getElementById('confirmation').textContent = 'Order #' + order.id + ' confirmed ('
            + (orderStatus[order.status] || order.status) + '), total ' + euros(order.totalCents) + '.';
        showCart(await api('GET', 'cart'));
        showCatalog(await api('GET', 'products'));
    } catch (e) {
        if (e.status === 422) {
            // The key checked out another cart (this one changed elsewhere): the next try is a new checkout.
            checkoutKey = null;
        }
        say(e.message);
    }
}

document.getElementById('checkout').addEventListener('click', checkout);
Promise.all([api('GET', 'products'), api('GET', 'cart')])
    .then(([products, cart]) => { showCatalog(products); showCart(cart); })
    .catch(e => say(e.message));
