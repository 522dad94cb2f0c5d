use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0);
        request_animation_frame(|| {
            if let Some(b) = document().body() {
                let _ = b.set_attribute("data-ready", "1");
            }
        });
        view! {
            <h1>"Hello, world"</h1>
            <button on:click=move |_| count.update(|c| *c += 1)>{move || count.get()}</button>
        }
    });
}
